// A body's groups as a tree (SG13 > WP1/13 > Q6/13), built from the flat rows of the group
// table, with each group's work-item count and the count including its subgroups.

export const GROUP_KINDS = [
  'STUDY_GROUP',
  'WORKING_PARTY',
  'QUESTION',
  'JCA',
  'FOCUS_GROUP',
  'TSG',
  'WG',
  'AREA',
  'ISG',
  'TC',
  'COMMITTEE',
  'OTHER',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  STUDY_GROUP: 'Study Group',
  WORKING_PARTY: 'Working Party',
  QUESTION: 'Question',
  JCA: 'Joint Coordination Activity',
  FOCUS_GROUP: 'Focus Group',
  TSG: 'Technical Specification Group',
  WG: 'Working Group',
  AREA: 'Area',
  ISG: 'Industry Specification Group',
  TC: 'Technical Committee',
  COMMITTEE: 'Committee',
  OTHER: 'Group',
};

export interface FlatGroup {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  path: string;
  kind: GroupKind;
}

export interface GroupTreeNode {
  code: string;
  name: string;
  path: string;
  kind: GroupKind;
  /** Work items of this group itself. */
  ownCount: number;
  /** Work items of this group and all its subgroups. */
  totalCount: number;
  children: GroupTreeNode[];
}

/**
 * The subtree below `parentId` (null: the top-level groups), keeping the input order among
 * siblings. `counts` maps a group id to its own number of work items.
 */
export function buildGroupTree(
  groups: readonly FlatGroup[],
  counts: ReadonlyMap<number, number>,
  parentId: number | null = null,
): GroupTreeNode[] {
  const byParent = new Map<number | null, FlatGroup[]>();
  for (const group of groups) {
    const siblings = byParent.get(group.parentId) ?? [];
    siblings.push(group);
    byParent.set(group.parentId, siblings);
  }
  const visit = (id: number | null, seen: Set<number>): GroupTreeNode[] =>
    (byParent.get(id) ?? [])
      .filter((g) => !seen.has(g.id)) // a cycle in bad data must not recurse forever
      .map((g) => {
        const children = visit(g.id, new Set(seen).add(g.id));
        const ownCount = counts.get(g.id) ?? 0;
        const totalCount = ownCount + children.reduce((sum, child) => sum + child.totalCount, 0);
        return { code: g.code, name: g.name, path: g.path, kind: g.kind, ownCount, totalCount, children };
      });
  return visit(parentId, new Set(parentId === null ? [] : [parentId]));
}

/** The chain of ancestors of the group `id`, from the top-level group down (the group excluded). */
export function ancestorsOf<G extends FlatGroup>(groups: readonly G[], id: number): G[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const chain: G[] = [];
  let current = byId.get(id)?.parentId ?? null;
  while (current !== null && !chain.some((g) => g.id === current)) {
    const parent = byId.get(current);
    if (!parent) break;
    chain.unshift(parent);
    current = parent.parentId;
  }
  return chain;
}

/** Ids of the group `id` and of every group below it. */
export function descendantIds(groups: readonly FlatGroup[], id: number): number[] {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of groups) {
      if (g.parentId !== null && result.has(g.parentId) && !result.has(g.id)) {
        result.add(g.id);
        grew = true;
      }
    }
  }
  return [...result];
}

export function sumCounts(nodes: readonly GroupTreeNode[]): number {
  return nodes.reduce((sum, node) => sum + node.totalCount, 0);
}

/** The kind of a group read from the database; an unknown value (a newer enum) shows as "Group". */
export function toGroupKind(kind: string): GroupKind {
  return (GROUP_KINDS as readonly string[]).includes(kind) ? (kind as GroupKind) : 'OTHER';
}

export interface GroupOption {
  value: string;
  label: string;
  depth: number;
}

/** A tree flattened depth-first into options for a <select>, with each node's depth. */
export function flattenTree(nodes: readonly GroupTreeNode[], depth = 0): GroupOption[] {
  return nodes.flatMap((n) => [
    { value: n.path, label: `${n.code} — ${n.name}`, depth },
    ...flattenTree(n.children, depth + 1),
  ]);
}
