import { describe, expect, it } from 'vitest';
import { previewConflicts } from './import-preview';

const line = (n: number, identifier: string, itemId: number | null, version: number | null) => ({
  line: n,
  identifier,
  itemId,
  version,
});

describe('previewConflicts', () => {
  const previewed = [line(2, 'Y.3101', 1, 3), line(3, 'Y.new', null, null)];

  it('finds none when every line matches what it matched', () => {
    expect(
      previewConflicts(
        previewed,
        previewed.map((l) => ({ ...l })),
      ),
    ).toEqual([]);
  });

  it('names the lines whose item has another version, is gone, or now exists', () => {
    expect(previewConflicts(previewed, [line(2, 'Y.3101', 1, 4), line(3, 'Y.new', 9, 1)])).toEqual([
      { line: 2, identifier: 'Y.3101' },
      { line: 3, identifier: 'Y.new' },
    ]);
    expect(previewConflicts(previewed, [line(3, 'Y.new', null, null)])).toEqual([
      { line: 2, identifier: 'Y.3101' },
    ]);
  });

  it('names a line the preview did not plan, and a renamed match', () => {
    expect(
      previewConflicts(previewed, [
        line(2, 'Y.3101-renamed', 1, 3),
        ...previewed.slice(1),
        line(4, 'Y.x', null, null),
      ]),
    ).toEqual([
      { line: 2, identifier: 'Y.3101' },
      { line: 4, identifier: 'Y.x' },
    ]);
  });
});
