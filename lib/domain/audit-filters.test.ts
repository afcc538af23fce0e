import { describe, expect, it } from 'vitest';
import {
  auditEntityHref,
  auditHref,
  auditTimeRange,
  EMPTY_AUDIT_FILTERS,
  hasAuditFilters,
  parseAuditFilters,
} from './audit-filters';

describe('parseAuditFilters', () => {
  it('reads every filter and normalises case and spaces', () => {
    const { filters, errors } = parseAuditFilters({
      actor: '  Ann   Example ',
      action: 'Liaison.Update',
      entity: 'liaison',
      channel: 'form',
      label: 'SG13-LS1',
      from: '2026-01-01',
      to: '2026-01-31',
      page: '3',
    });
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      actor: 'Ann Example',
      action: 'liaison.update',
      entity: 'liaison',
      channel: 'FORM',
      label: 'SG13-LS1',
      from: '2026-01-01',
      to: '2026-01-31',
      page: 3,
    });
  });

  it('ignores empty values', () => {
    expect(parseAuditFilters(new URLSearchParams('actor=&action=&page='))).toEqual({
      filters: EMPTY_AUDIT_FILTERS,
      errors: [],
    });
  });

  it('drops and reports bad values instead of failing', () => {
    const { filters, errors } = parseAuditFilters({
      action: 'drop table;',
      entity: 'nuclear',
      channel: 'fax',
      from: '2026-02-30',
      to: '31/01/2026',
      page: '-2',
      label: ['a', 'b'],
    });
    expect(filters).toEqual(EMPTY_AUDIT_FILTERS);
    expect(errors.map((e) => e.field)).toEqual([
      'action',
      'entity',
      'channel',
      'label',
      'from',
      'to',
      'page',
    ]);
    expect(errors.find((e) => e.field === 'from')?.message).toMatch(/not a real calendar date/);
    expect(errors.find((e) => e.field === 'page')?.message).toMatch(/at least 1/);
    expect(errors.find((e) => e.field === 'label')?.message).toMatch(/one value/);
  });

  it('refuses a range that ends before it starts', () => {
    const { filters, errors } = parseAuditFilters({ from: '2026-02-01', to: '2026-01-01' });
    expect(filters.from).toBe('2026-02-01');
    expect(filters.to).toBeNull();
    expect(errors).toEqual([{ field: 'to', message: 'to (2026-01-01) is before from (2026-02-01)' }]);
  });

  it('accepts an action prefix', () => {
    expect(parseAuditFilters({ action: 'liaison.' }).filters.action).toBe('liaison.');
  });

  it('refuses control characters and overlong text', () => {
    expect(parseAuditFilters({ actor: 'a\u0000b' }).errors[0]?.field).toBe('actor');
    expect(parseAuditFilters({ label: 'x'.repeat(201) }).errors[0]?.message).toMatch(/at most 200/);
  });
});

describe('auditHref', () => {
  it('round-trips through the parser, leaving out defaults', () => {
    const filters = { ...EMPTY_AUDIT_FILTERS, action: 'liaison.update', channel: 'API' as const, page: 2 };
    const href = auditHref(filters);
    expect(href).toBe('/admin/audit?action=liaison.update&channel=api&page=2');
    expect(parseAuditFilters(new URL(href, 'http://x').searchParams).filters).toEqual(filters);
    expect(auditHref(EMPTY_AUDIT_FILTERS)).toBe('/admin/audit');
    expect(hasAuditFilters({ ...EMPTY_AUDIT_FILTERS, page: 4 })).toBe(false);
    expect(hasAuditFilters({ ...EMPTY_AUDIT_FILTERS, label: 'Y' })).toBe(true);
  });
});

describe('auditTimeRange', () => {
  it('covers whole UTC days, the last one included', () => {
    expect(auditTimeRange({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      gte: new Date('2026-01-01T00:00:00Z'),
      lt: new Date('2026-02-01T00:00:00Z'),
    });
    expect(auditTimeRange({ from: null, to: null })).toEqual({});
  });
});

describe('auditEntityHref', () => {
  it('links items and liaisons only', () => {
    expect(auditEntityHref('work_item', 'TS 23.501')).toBe('/items/TS%2023.501');
    expect(auditEntityHref('liaison', 'SG13-LS1')).toBe('/liaisons?q=SG13-LS1#ls-SG13-LS1');
    expect(auditEntityHref('user', 'x')).toBeNull();
  });
});
