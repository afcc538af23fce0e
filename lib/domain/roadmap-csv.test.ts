import { describe, expect, it } from 'vitest';
import {
  formatEditor,
  neutraliseFormula,
  ROADMAP_COLUMNS,
  toRoadmapRecord,
  type RoadmapRecordSource,
} from './roadmap-csv';

const item: RoadmapRecordSource = {
  identifier: 'TS 23.501',
  number: 'TS 23.501',
  title: 'System architecture for the 5G System (5GS)',
  kind: 'THREEGPP_TS',
  body: { name: '3GPP' },
  group: { path: '3gpp/tsg-sa/sa2' },
  generation: 'BOTH',
  topics: [{ slug: 'network-requirements-and-architecture' }, { slug: 'network-slicing' }],
  process: 'THREEGPP',
  status: { code: 'UNDER_CHANGE_CONTROL' },
  stage: 'APPROVED',
  startDate: '2016-05-01',
  targetDate: null,
  approvedDate: '2017-12-22',
  editors: [
    { name: 'Demo Editor', affiliation: 'Example Org', email: 'editor@example.org' },
    { name: 'Second Editor', affiliation: null, email: null },
  ],
  summary: 'Stage 2 of the 5G System.',
  publicationUrl: null,
  baseTextUrl: 'https://www.3gpp.org/ftp/Specs/archive/23_series/23.501/',
};

describe('the roadmap spreadsheet format', () => {
  it('has the documented columns in order', () => {
    expect(ROADMAP_COLUMNS.join(',')).toBe(
      'identifier,number,title,kind,body,group,generation,topics,process,status,stage,start,target,approved,editors,summary,url',
    );
  });

  it('writes an item as one record, several values separated by "; "', () => {
    expect(toRoadmapRecord(item)).toEqual({
      identifier: 'TS 23.501',
      number: 'TS 23.501',
      title: 'System architecture for the 5G System (5GS)',
      kind: 'THREEGPP_TS',
      body: '3GPP',
      group: '3gpp/tsg-sa/sa2',
      generation: 'BOTH',
      topics: 'network-requirements-and-architecture; network-slicing',
      process: 'THREEGPP',
      status: 'UNDER_CHANGE_CONTROL',
      stage: 'APPROVED',
      start: '2016-05-01',
      target: '',
      approved: '2017-12-22',
      editors: 'Demo Editor (Example Org) <editor@example.org>; Second Editor',
      summary: 'Stage 2 of the 5G System.',
      url: 'https://www.3gpp.org/ftp/Specs/archive/23_series/23.501/',
    });
    expect(formatEditor({ name: 'A', affiliation: null, email: 'a@example.org' })).toBe('A <a@example.org>');
  });

  it('keeps spreadsheet programs from running a cell as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('-5 dB')).toBe("'-5 dB");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Y.3101')).toBe('Y.3101');
    expect(neutraliseFormula('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
