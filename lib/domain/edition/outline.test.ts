import { describe, expect, it } from 'vitest';
import { demoSnapshot, syntheticEditions } from '@/lib/tooling/edition-fixtures';
import { compareEditions } from './changes';
import { buildOutline, type OutlineSection, type SupplementOutline } from './outline';

function sections(outline: SupplementOutline): OutlineSection[] {
  const all: OutlineSection[] = [];
  const walk = (s: OutlineSection) => {
    all.push(s);
    s.sections.forEach(walk);
  };
  outline.sections.forEach(walk);
  return all;
}

function roadmapRows(outline: SupplementOutline) {
  return sections(outline).flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.type === 'table' && b.role === 'roadmap' ? b.rows.map((row) => ({ section: s.id, row })) : [],
    ),
  );
}

describe('buildOutline', () => {
  const previous = demoSnapshot({ year: 2024, asOf: '2025-01-20' });
  const snapshot = demoSnapshot();
  const changes = compareEditions(previous, snapshot);
  const outline = buildOutline({ snapshot, changes, previous: { year: 2024, revision: 0 } });

  it('has the clauses of an ITU-T Supplement in order', () => {
    expect(outline.sections.map((s) => `${s.number ?? ''} ${s.title}`)).toEqual([
      '1 Scope',
      '2 References',
      '3 Definitions',
      '4 Abbreviations and acronyms',
      '5 Conventions',
      '6 Standardization roadmap by topic',
      '7 Work on IMT-2030',
      '8 Changes since the previous edition',
      'Annex A Liaison statements of 2025',
      ' Bibliography',
    ]);
    expect(outline.titleBlock).toMatchObject({
      number: 'ITU-T Y-series Recommendations – Supplement XX',
      date: '2026-01-20',
      dateLabel: '(01/2026)',
    });
  });

  it('places every item exactly once, in its home clause, topic and body', () => {
    const rows = roadmapRows(outline);
    expect(rows).toHaveLength(snapshot.items.length);
    expect(new Set(rows.map((r) => r.row.key)).size).toBe(snapshot.items.length);
    const topicOrder = snapshot.topics.map((t) => t.slug);
    for (const { section, row } of rows) {
      const item = snapshot.items.find((i) => i.key === row.key)!;
      const home = topicOrder.find((t) => item.topics.includes(t)) ?? 'other';
      expect(section).toBe(`${item.generation === 'IMT2030' ? 'imt2030' : 'roadmap'}/${home}/${item.body}`);
      expect(row.cells[0]).toBe(item.identifier);
    }
  });

  it('sorts rows by identifier and names the other topics as cross-references', () => {
    for (const s of sections(outline)) {
      for (const b of s.blocks) {
        if (b.type !== 'table' || b.role !== 'roadmap') continue;
        const ids = b.rows.map((r) => r.cells[0]!);
        expect(ids).toEqual([...ids].sort((x, y) => x.localeCompare(y, 'en', { numeric: true })));
      }
    }
    const multi = snapshot.items.find((i) => i.generation !== 'IMT2030' && i.topics.length > 1)!;
    const row = roadmapRows(outline).find((r) => r.row.key === multi.key)!.row;
    expect(row.note).toMatch(/^Also: 6\.\d+/);
  });

  it('lists the changes by kind in clause 8', () => {
    const clause = outline.sections.find((s) => s.id === 'changes')!;
    const ids = (id: string) =>
      clause.sections
        .find((s) => s.id === `changes/${id}`)!
        .blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.cells[0]) : []));
    expect(ids('added')).toEqual(changes.added.map((c) => c.identifier));
    expect(ids('approved')).toEqual(changes.approved.map((c) => c.identifier));
    expect(ids('status')).toEqual(changes.statusChanged.map((c) => c.identifier));
    expect(ids('removed')).toEqual(['Y.IMT2020-retired']);
    expect(changes.added.length).toBeGreaterThan(0);
  });

  it('collects definitions and abbreviations from the data', () => {
    const all = sections(outline);
    const abbreviations = all
      .find((s) => s.id === 'abbreviations')!
      .blocks.find((b) => b.type === 'abbreviations')!;
    const list =
      abbreviations.type === 'abbreviations' ? abbreviations.entries.map((e) => e.abbreviation) : [];
    expect(list).toEqual(expect.arrayContaining(['3GPP', 'IETF', 'IMT', 'ITU-T', 'LS', 'RFC', 'TS', 'SA2']));
    expect(list).not.toContain('SG13');
    const own = all.find((s) => s.id === 'definitions/here')!.blocks.find((b) => b.type === 'terms')!;
    expect(own.type === 'terms' && own.entries.map((t) => t.term)).toEqual(
      expect.arrayContaining(['work item', 'approved / published', 'under approval']),
    );
  });

  it('puts only the liaison statements of the edition year in Annex A', () => {
    const annex = outline.sections.find((s) => s.id === 'annex-a')!;
    const table = annex.blocks.find((b) => b.type === 'table');
    const refs = table?.type === 'table' ? table.rows.map((r) => r.cells[1]) : [];
    expect(refs.length).toBeGreaterThan(0);
    for (const date of refs) expect(date).toMatch(/^2025-/);
  });

  it('says so for a first edition, and is deterministic', () => {
    const first = buildOutline({ snapshot, changes: compareEditions(null, snapshot), previous: null });
    expect(first.sections.find((s) => s.id === 'changes')!.sections).toEqual([]);
    expect(JSON.stringify(buildOutline({ snapshot, changes, previous: { year: 2024, revision: 0 } }))).toBe(
      JSON.stringify(outline),
    );
  });

  it('keeps "exactly once" for a large synthetic edition', () => {
    const { previous: before, current } = syntheticEditions(2000);
    const big = buildOutline({
      snapshot: current,
      changes: compareEditions(before, current),
      previous: { year: 2025, revision: 0 },
    });
    const keys = roadmapRows(big).map((r) => r.row.key);
    expect(keys).toHaveLength(2000);
    expect(new Set(keys).size).toBe(2000);
  });
});
