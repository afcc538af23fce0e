import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidParameterError, parseRoadmapView } from '@/lib/domain/roadmap-filters';
import { buildScenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { listWorkItems } from './list-work-items';
import { roadmapFacets } from './roadmap-facets';

const database = withTestDatabase();

const list = async (query: string) =>
  (await listWorkItems(parseRoadmapView(new URLSearchParams(query)))).items.map((i) => i.identifier);

beforeAll(async () => {
  await buildScenario(database.prisma, {
    items: [
      {
        group: 'sg13',
        identifier: 'Y.3101',
        title: 'Requirements of the IMT-2020 network',
        statusCode: 'APPROVED',
        approvedDate: '2018-01-13',
        startDate: '2016-01-01',
        topics: ['slicing'],
      },
      {
        group: 'q6',
        identifier: 'Y.3110',
        title: 'IMT-2020 network management and orchestration',
        statusCode: 'CONSENTED',
        targetDate: '2025-07-01',
        generation: 'BOTH',
      },
      {
        group: 'q6',
        number: null,
        workingName: 'Y.IMT2030-arch',
        title: 'Architecture framework of IMT-2030 networks',
        statusCode: 'UNDER_STUDY',
        targetDate: '2026-12-01',
        generation: 'IMT2030',
        summary: 'Network slicing for IMT-2030.',
      },
      {
        group: 'sg15',
        identifier: 'G.8271.1',
        title: 'Network limits for time synchronization in packet networks',
        statusCode: 'APPROVED',
        approvedDate: '2020-03-01',
        topics: ['sync'],
      },
      {
        group: 'sa2',
        identifier: 'TS 23.501',
        title: 'System architecture for the 5G System (5GS)',
        kind: 'THREEGPP_TS',
        process: 'THREEGPP',
        statusCode: 'UNDER_CHANGE_CONTROL',
        approvedDate: '2017-12-22',
        topics: ['slicing'],
      },
      {
        group: 'sa2',
        identifier: 'TS 23.502',
        title: 'Procedures for the 5G System (5GS)',
        kind: 'THREEGPP_TS',
        process: 'THREEGPP',
        statusCode: 'UNDER_CHANGE_CONTROL',
        approvedDate: '2017-12-22',
      },
    ],
  });
});

describe('listWorkItems', () => {
  it('lists everything by identifier by default, with totals', async () => {
    const page = await listWorkItems(parseRoadmapView({}));
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.identifier)).toEqual([
      'G.8271.1',
      'TS 23.501',
      'TS 23.502',
      'Y.3101',
      'Y.3110',
      'Y.IMT2030-arch',
    ]);
    expect(page.items[0]).toMatchObject({
      body: { slug: 'itu-t' },
      stage: 'APPROVED',
      approvedDate: '2020-03-01',
    });
  });

  it('combines filters: body and stage', async () => {
    expect(await list('body=itu-t&stage=approved')).toEqual(['G.8271.1', 'Y.3101']);
    expect(await list('body=itu-t,3gpp&stage=under-approval,drafting')).toEqual(['Y.3110', 'Y.IMT2030-arch']);
  });

  it('includes subgroups when filtering by a group', async () => {
    expect(await list('group=itu-t/sg13')).toEqual(['Y.3101', 'Y.3110', 'Y.IMT2030-arch']);
    expect(await list('group=itu-t/sg13/wp1-13/q6-13')).toEqual(['Y.3110', 'Y.IMT2030-arch']);
  });

  it('counts items for both generations in each', async () => {
    expect(await list('generation=imt-2030')).toEqual(['Y.3110', 'Y.IMT2030-arch']);
  });

  it('filters by topic, status, kind and year (approval year, else target year)', async () => {
    expect(await list('topic=network-slicing')).toEqual(['TS 23.501', 'Y.3101']);
    expect(await list('status=consented')).toEqual(['Y.3110']);
    expect(await list('kind=3gpp-ts')).toEqual(['TS 23.501', 'TS 23.502']);
    expect(await list('year=2017,2026')).toEqual(['TS 23.501', 'TS 23.502', 'Y.IMT2030-arch']);
  });

  it('ranks exact and prefix identifier matches first', async () => {
    expect((await list('q=23.501'))[0]).toBe('TS 23.501');
    expect((await list('q=Y.3101'))[0]).toBe('Y.3101');
    expect(await list('q=Y.31')).toEqual(['Y.3101', 'Y.3110']);
  });

  it('searches titles and summaries with stemming', async () => {
    expect(await list('q=slice')).toEqual(['Y.IMT2030-arch']);
    expect(await list('q=synchronization network')).toEqual(['G.8271.1']);
    expect(await list('q=procedures')).toEqual(['TS 23.502']);
  });

  it('sorts and pages', async () => {
    expect(await list('sort=-approved&stage=approved')).toEqual([
      'G.8271.1',
      'Y.3101',
      'TS 23.501',
      'TS 23.502',
    ]);
    const page = await listWorkItems(parseRoadmapView({ pageSize: '2', page: '3' }));
    expect(page.items.map((i) => i.identifier)).toEqual(['Y.3110', 'Y.IMT2030-arch']);
    expect(page.total).toBe(6);
    const past = await listWorkItems(parseRoadmapView({ pageSize: '2', page: '9' }));
    expect(past).toMatchObject({ items: [], total: 6 });
  });

  it('treats text that looks like SQL or LIKE patterns as text', async () => {
    expect(await list("q=' OR 1=1 --")).toEqual([]);
    expect(await list('q=%')).toEqual([]);
    expect(await list('q=_')).toEqual([]);
  });

  it('names an unknown body, group or topic', async () => {
    await expect(list('body=nope')).rejects.toMatchObject({ field: 'body' });
    await expect(list('group=itu-t/sg99')).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(list('topic=nope')).rejects.toMatchObject({ field: 'topic' });
  });
});

describe('roadmapFacets', () => {
  it('counts each value with every filter but its own', async () => {
    const facets = await roadmapFacets(parseRoadmapView({ body: 'itu-t', stage: 'approved' }));
    const count = (list: { value: string; count: number }[], value: string) =>
      list.find((f) => f.value === value)?.count;
    expect(count(facets.body, 'itu-t')).toBe(2);
    expect(count(facets.body, '3gpp')).toBe(2);
    expect(count(facets.stage, 'approved')).toBe(2);
    expect(count(facets.stage, 'under-approval')).toBe(1);
    expect(count(facets.topic, 'synchronization')).toBe(1);
    expect(count(facets.year, '2018')).toBe(1);
  });

  it('counts a group with its subgroups, as a tree', async () => {
    const facets = await roadmapFacets(parseRoadmapView({}));
    expect(facets.group.map((g) => [g.value, g.count, g.depth])).toEqual([
      ['itu-t/sg13', 3, 0],
      ['itu-t/sg13/wp1-13', 2, 1],
      ['itu-t/sg13/wp1-13/q6-13', 2, 2],
      ['itu-t/sg15', 1, 0],
      // SG17 is in the world without items: a group with none still has its line.
      ['itu-t/sg17', 0, 0],
      ['3gpp/tsg-sa', 2, 0],
      ['3gpp/tsg-sa/sa2', 2, 1],
    ]);
    expect(facets.generation).toEqual([
      { value: 'imt-2020', label: 'IMT-2020', count: 5 },
      { value: 'imt-2030', label: 'IMT-2030', count: 2 },
    ]);
  });

  it('applies the search to every count', async () => {
    const facets = await roadmapFacets(parseRoadmapView({ q: 'Y.31' }));
    expect(facets.body.find((b) => b.value === 'itu-t')?.count).toBe(2);
    expect(facets.body.find((b) => b.value === '3gpp')?.count).toBe(0);
  });

  it('agrees with the list: each count is the total of the view with that value chosen', async () => {
    const view = parseRoadmapView({ body: 'itu-t', q: 'IMT' });
    const facets = await roadmapFacets(view);
    for (const facet of facets.stage) {
      const page = await listWorkItems(parseRoadmapView({ body: 'itu-t', q: 'IMT', stage: facet.value }));
      expect(page.total, facet.value).toBe(facet.count);
    }
    for (const facet of facets.body) {
      const page = await listWorkItems(parseRoadmapView({ body: facet.value, q: 'IMT' }));
      expect(page.total, facet.value).toBe(facet.count);
    }
  });

  it.each([
    {},
    { body: 'itu-t', stage: 'approved' },
    { q: 'network', generation: 'imt-2030' },
    { topic: 'network-slicing', year: '2017' },
  ])('agrees with the list for every value of every dimension under %o', async (filters) => {
    const facets = await roadmapFacets(parseRoadmapView(filters));
    for (const [dimension, values] of Object.entries(facets)) {
      for (const facet of values as { value: string; count: number }[]) {
        const page = await listWorkItems(parseRoadmapView({ ...filters, [dimension]: facet.value }));
        expect(page.total, `${dimension}=${facet.value}`).toBe(facet.count);
      }
    }
  });
});
