import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW,
  InvalidParameterError,
  hasFilters,
  parseRoadmapView,
  serializeRoadmapView,
  toggleFilterValue,
} from './roadmap-filters';

const parse = (query: string) => parseRoadmapView(new URLSearchParams(query));

function fieldOf(query: string): string | undefined {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof InvalidParameterError) return error.field;
    throw error;
  }
  return undefined;
}

describe('parseRoadmapView', () => {
  it('has defaults', () => {
    expect(EMPTY_VIEW).toMatchObject({
      q: '',
      body: [],
      page: 1,
      pageSize: 50,
      sort: { key: 'identifier', descending: false },
    });
    expect(hasFilters(EMPTY_VIEW)).toBe(false);
  });

  it('accepts several values, comma-separated or repeated, without duplicates', () => {
    const view = parse('body=itu-t,3gpp&body=ietf&body=3gpp&stage=approved,under-approval');
    expect(view.body).toEqual(['itu-t', '3gpp', 'ietf']);
    expect(view.stage).toEqual(['APPROVED', 'UNDER_APPROVAL']);
  });

  it('reads every filter', () => {
    const view = parse(
      'q=+network++slicing+&group=itu-t/sg13&topic=network-slicing&status=consented,rfc&generation=imt-2030&kind=3gpp-ts,itu-recommendation&year=2024&sort=-target&page=2&pageSize=20',
    );
    expect(view).toEqual({
      q: 'network slicing',
      body: [],
      group: ['itu-t/sg13'],
      topic: ['network-slicing'],
      stage: [],
      status: ['CONSENTED', 'RFC'],
      generation: ['IMT2030'],
      kind: ['THREEGPP_TS', 'ITU_RECOMMENDATION'],
      year: [2024],
      sort: { key: 'target', descending: true },
      page: 2,
      pageSize: 20,
    });
  });

  it('sorts by relevance when searching', () => {
    expect(parse('q=slicing').sort).toEqual({ key: 'relevance', descending: false });
  });

  it.each([
    ['stage=finished', 'stage'],
    ['status=nope', 'status'],
    ['generation=imt-2040', 'generation'],
    ['kind=book', 'kind'],
    ['year=24', 'year'],
    ['year=3000', 'year'],
    ['sort=colour', 'sort'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['pageSize=1&pageSize=2', 'pageSize'],
    ['body=ITU T', 'body'],
    ['group=itu-t//sg13', 'group'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['q=a%00b', 'q'],
  ])('refuses %s naming %s', (query, field) => {
    expect(fieldOf(query)).toBe(field);
  });
});

describe('serializeRoadmapView', () => {
  it('round-trips a view', () => {
    const query =
      'q=slicing&body=itu-t,3gpp&stage=approved&generation=imt-2020&year=2020,2021&sort=-approved&pageSize=20&page=3';
    const view = parse(query);
    expect(parse(serializeRoadmapView(view).toString())).toEqual(view);
  });

  it('leaves defaults out', () => {
    expect(serializeRoadmapView(EMPTY_VIEW).toString()).toBe('');
  });

  it('toggles a value and returns to the first page', () => {
    const view = { ...parse('body=itu-t'), page: 4 };
    expect(toggleFilterValue(view, 'body', '3gpp')).toMatchObject({ body: ['itu-t', '3gpp'], page: 1 });
    expect(toggleFilterValue(view, 'body', 'itu-t').body).toEqual([]);
  });
});
