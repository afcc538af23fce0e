import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildGroupTree, descendantIds, flattenTree, type FlatGroup } from './group-tree';

const group = (id: number, parentId: number | null, path: string): FlatGroup => ({
  id,
  parentId,
  code: path.split('/').at(-1) ?? '',
  name: path,
  path,
  kind: 'OTHER',
});

const GROUPS = [
  group(1, null, 'itu-t/sg13'),
  group(2, 1, 'itu-t/sg13/wp1-13'),
  group(3, 2, 'itu-t/sg13/wp1-13/q6-13'),
  group(4, 2, 'itu-t/sg13/wp1-13/q20-13'),
  group(5, null, 'itu-t/sg17'),
];

describe('buildGroupTree', () => {
  it('nests groups in input order and sums counts upwards', () => {
    const tree = buildGroupTree(
      GROUPS,
      new Map([
        [1, 1],
        [3, 4],
        [4, 2],
        [5, 7],
      ]),
    );
    expect(tree.map((n) => [n.path, n.ownCount, n.totalCount])).toEqual([
      ['itu-t/sg13', 1, 7],
      ['itu-t/sg17', 7, 7],
    ]);
    expect(tree[0]?.children[0]?.children.map((n) => n.code)).toEqual(['q6-13', 'q20-13']);
    expect(tree[0]?.children[0]?.totalCount).toBe(6);
  });

  it('builds the subtree below a group', () => {
    expect(buildGroupTree(GROUPS, new Map(), 2).map((n) => n.path)).toEqual([
      'itu-t/sg13/wp1-13/q6-13',
      'itu-t/sg13/wp1-13/q20-13',
    ]);
  });

  it('survives a cycle in bad data', () => {
    const cyclic = [group(1, 2, 'a'), group(2, 1, 'a/b')];
    expect(buildGroupTree(cyclic, new Map(), 1)).toHaveLength(1);
  });
});

describe('ancestorsOf and descendantIds', () => {
  it('walks up from a group', () => {
    expect(ancestorsOf(GROUPS, 3).map((g) => g.id)).toEqual([1, 2]);
    expect(ancestorsOf(GROUPS, 1)).toEqual([]);
  });

  it('collects a group and everything below it', () => {
    expect(descendantIds(GROUPS, 1).sort()).toEqual([1, 2, 3, 4]);
    expect(descendantIds(GROUPS, 5)).toEqual([5]);
  });
});

describe('flattenTree', () => {
  it('lists nodes depth-first with their depth', () => {
    const options = flattenTree(buildGroupTree(GROUPS, new Map()));
    expect(options.map((o) => [o.value, o.depth])).toEqual([
      ['itu-t/sg13', 0],
      ['itu-t/sg13/wp1-13', 1],
      ['itu-t/sg13/wp1-13/q6-13', 2],
      ['itu-t/sg13/wp1-13/q20-13', 2],
      ['itu-t/sg17', 0],
    ]);
  });
});
