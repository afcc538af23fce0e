import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, deadlineStatus, dueRange, liaisonAnchor, todayUtc } from './liaisons';

describe('liaison deadlines', () => {
  it('reads today as a UTC date', () => {
    expect(todayUtc(new Date('2025-03-31T23:30:00-05:00'))).toBe('2025-04-01');
  });

  it('counts calendar days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-12-31', '2025-01-30')).toBe(30);
    expect(daysBetween('2025-01-30', '2024-12-31')).toBe(-30);
  });

  it('marks only open liaisons against their deadline', () => {
    const today = '2025-06-10';
    expect(deadlineStatus({ state: 'OPEN', deadline: '2025-06-09' }, today)).toBe('overdue');
    expect(deadlineStatus({ state: 'OPEN', deadline: '2025-06-10' }, today)).toBe('due-soon');
    expect(deadlineStatus({ state: 'OPEN', deadline: '2025-07-10' }, today)).toBe('due-soon');
    expect(deadlineStatus({ state: 'OPEN', deadline: '2025-07-11' }, today)).toBe('pending');
    expect(deadlineStatus({ state: 'OPEN', deadline: null }, today)).toBe('none');
    expect(deadlineStatus({ state: 'REPLIED', deadline: '2025-01-01' }, today)).toBe('none');
    expect(deadlineStatus({ state: 'CLOSED', deadline: '2025-01-01' }, today)).toBe('none');
  });

  it('gives the deadline range of the due filters', () => {
    expect(dueRange('OVERDUE', '2025-06-10')).toEqual({ to: '2025-06-09' });
    expect(dueRange('UPCOMING', '2025-06-10')).toEqual({ from: '2025-06-10', to: '2025-07-10' });
  });

  it('makes fragment ids without whitespace', () => {
    expect(liaisonAnchor('SG13-LS123')).toBe('ls-SG13-LS123');
    expect(liaisonAnchor(' LS 2024 / 17 ')).toBe('ls-LS-2024-/-17');
  });
});
