import { describe, expect, it } from 'vitest';
import { freshness, isStale, monthsBefore, monthsBetween, staleCutoff } from './freshness';

const at = (iso: string) => new Date(iso);

describe('staleCutoff', () => {
  it('is six calendar months earlier, in UTC', () => {
    expect(staleCutoff(at('2026-11-23T10:00:00Z')).toISOString()).toBe('2026-05-23T10:00:00.000Z');
    expect(staleCutoff(at('2026-03-15T00:30:00Z')).toISOString()).toBe('2025-09-15T00:30:00.000Z');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(staleCutoff(at('2026-08-31T12:00:00Z')).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(staleCutoff(at('2028-08-31T12:00:00Z')).toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(monthsBefore(at('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('does not depend on the local time zone (a UTC instant late in the day)', () => {
    expect(staleCutoff(at('2026-07-01T23:59:59Z')).toISOString()).toBe('2026-01-01T23:59:59.000Z');
  });
});

describe('isStale', () => {
  const now = at('2026-11-23T10:00:00Z');
  it('is stale when never verified or verified before the cutoff; fresh from the cutoff on', () => {
    expect(isStale(null, now)).toBe(true);
    expect(isStale('2026-05-23T09:59:59.999Z', now)).toBe(true);
    expect(isStale('2026-05-23T10:00:00.000Z', now)).toBe(false);
    expect(isStale('2026-11-01T00:00:00Z', now)).toBe(false);
  });
});

describe('freshness', () => {
  const now = at('2026-11-23T10:00:00Z');
  it('says how long ago, in words', () => {
    expect(freshness(null, now)).toEqual({ stale: true, label: 'Never verified' });
    expect(freshness('2026-11-23T08:00:00Z', now)).toEqual({ stale: false, label: 'Verified today' });
    expect(freshness('2026-11-22T08:00:00Z', now).label).toBe('Verified 1 day ago');
    expect(freshness('2026-10-24T08:00:00Z', now).label).toBe('Verified 30 days ago');
    expect(freshness('2026-08-20T08:00:00Z', now)).toEqual({ stale: false, label: 'Verified 3 months ago' });
    expect(freshness('2026-05-01T08:00:00Z', now)).toEqual({ stale: true, label: 'Verified 6 months ago' });
    expect(freshness('2024-10-01T08:00:00Z', now)).toEqual({ stale: true, label: 'Verified 2 years ago' });
  });

  it('counts whole months only', () => {
    expect(monthsBetween(at('2026-01-31T00:00:00Z'), at('2026-02-28T00:00:00Z'))).toBe(0);
    expect(monthsBetween(at('2026-01-31T00:00:00Z'), at('2026-03-01T00:00:00Z'))).toBe(1);
    expect(monthsBetween(at('2026-01-15T12:00:00Z'), at('2026-02-15T11:00:00Z'))).toBe(0);
    expect(monthsBetween(at('2026-02-15T00:00:00Z'), at('2026-01-15T00:00:00Z'))).toBe(0);
  });
});
