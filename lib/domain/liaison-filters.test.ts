import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIAISON_FILTERS,
  hasEmptyValues,
  hasLiaisonFilters,
  liaisonsHref,
  parseLiaisonFilters,
  serializeLiaisonFilters,
} from './liaison-filters';

const parse = (query: string) => parseLiaisonFilters(new URLSearchParams(query));

describe('parseLiaisonFilters', () => {
  it('has empty defaults', () => {
    expect(parse('')).toEqual({ filters: EMPTY_LIAISON_FILTERS, errors: [] });
    expect(hasLiaisonFilters(EMPTY_LIAISON_FILTERS)).toBe(false);
  });

  it('reads every filter, as slugs or codes, in any case', () => {
    const { filters, errors } = parse(
      'q=+slicing++LS+&direction=Incoming&state=open&purpose=for-action&group=ITU-T/sg13/&due=OVERDUE',
    );
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      q: 'slicing LS',
      direction: 'INCOMING',
      state: 'OPEN',
      purpose: 'FOR_ACTION',
      group: 'itu-t/sg13',
      due: 'OVERDUE',
    });
    expect(hasLiaisonFilters(filters)).toBe(true);
  });

  it('accepts a record of search params as Next.js passes them', () => {
    const { filters } = parseLiaisonFilters({ state: 'replied', purpose: ['for_comment'], q: undefined });
    expect(filters).toMatchObject({ state: 'REPLIED', purpose: 'FOR_COMMENT', q: '' });
  });

  it('treats empty values (an unselected <select>) as no filter', () => {
    expect(parse('direction=&state=&purpose=&group=&due=&q=')).toEqual({
      filters: EMPTY_LIAISON_FILTERS,
      errors: [],
    });
  });

  it('ignores an invalid value and names the parameter, keeping the valid ones', () => {
    const { filters, errors } = parse('state=pending&direction=outgoing&due=soon');
    expect(filters).toMatchObject({ state: null, direction: 'OUTGOING', due: null });
    expect(errors).toEqual([
      { field: 'state', message: 'state "pending" is not one of: open, replied, closed' },
      { field: 'due', message: 'due "soon" is not one of: overdue, upcoming' },
    ]);
  });

  it('refuses several values for one parameter', () => {
    expect(parse('state=open&state=closed').errors).toEqual([
      { field: 'state', message: 'state takes one value, got 2' },
    ]);
  });

  it('refuses malformed group paths and text', () => {
    expect(parse('group=itu-t//sg13').errors[0]?.field).toBe('group');
    expect(parse('group=<script>').errors[0]?.field).toBe('group');
    expect(parse(`q=${'x'.repeat(201)}`).errors[0]?.field).toBe('q');
    expect(parse('q=a%00b').errors[0]).toEqual({ field: 'q', message: 'q contains a control character' });
  });
});

describe('serializeLiaisonFilters', () => {
  it('writes slugs and leaves empty filters out', () => {
    expect(serializeLiaisonFilters(EMPTY_LIAISON_FILTERS).toString()).toBe('');
    expect(
      serializeLiaisonFilters({
        state: 'OPEN',
        purpose: 'FOR_ACTION',
        group: 'itu-t/sg13',
        due: 'UPCOMING',
      }).toString(),
    ).toBe('state=open&purpose=for-action&due=upcoming&group=itu-t%2Fsg13');
  });

  it('round-trips through the parser', () => {
    const { filters } = parse(
      'q=IMT-2030&direction=outgoing&state=closed&purpose=reply&group=3gpp/tsg-sa&due=upcoming',
    );
    expect(parseLiaisonFilters(serializeLiaisonFilters(filters)).filters).toEqual(filters);
  });

  it('builds links with an optional fragment', () => {
    expect(liaisonsHref({})).toBe('/liaisons');
    expect(liaisonsHref({ q: 'SG13-LS12' }, 'ls-SG13-LS12')).toBe('/liaisons?q=SG13-LS12#ls-SG13-LS12');
  });
});

describe('hasEmptyValues', () => {
  it('spots the empty fields a GET form sends', () => {
    expect(hasEmptyValues(new URLSearchParams('q=&state=open'))).toBe(true);
    expect(hasEmptyValues(new URLSearchParams('state=open'))).toBe(false);
    expect(hasEmptyValues({ state: 'open', q: undefined })).toBe(false);
    expect(hasEmptyValues({ state: ['open', ' '] })).toBe(true);
  });
});
