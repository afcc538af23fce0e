import 'server-only';
import {
  buildGroupTree,
  flattenTree,
  sumCounts,
  toGroupKind,
  type GroupOption,
} from '@/lib/domain/group-tree';
import { db } from '../db';
import type { BodyWithGroups } from './group-types';
import { loadReferenceData } from './reference-data';

/** The number of work items of each group (its own, subgroups not included). */
export async function countItemsByGroup(groupIds?: number[]): Promise<Map<number, number>> {
  const rows = await db().workItem.groupBy({
    by: ['groupId'],
    _count: { _all: true },
    ...(groupIds ? { where: { groupId: { in: groupIds } } } : {}),
  });
  return new Map(rows.map((r) => [r.groupId, r._count._all]));
}

/** Every body with its tree of groups and the number of work items of each. */
export async function listGroups(): Promise<BodyWithGroups[]> {
  const [reference, bodies, counts] = await Promise.all([
    loadReferenceData(),
    db().body.findMany({
      select: { id: true, slug: true, name: true, fullName: true, url: true },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    }),
    countItemsByGroup(),
  ]);
  return bodies.map(({ id, ...body }) => {
    const groups = reference.groups
      .filter((g) => g.bodyId === id)
      .map((g) => ({ ...g, kind: toGroupKind(g.kind) }));
    const tree = buildGroupTree(groups, counts);
    return { ...body, groups: tree, itemCount: sumCounts(tree) };
  });
}

/** Bodies and their groups, depth-first, as options of a group filter (a body's slug selects all its groups). */
export async function listGroupOptions(): Promise<GroupOption[]> {
  const { bodies, groups } = await loadReferenceData();
  return bodies.flatMap((body) => {
    const tree = buildGroupTree(
      groups.filter((g) => g.bodyId === body.id).map((g) => ({ ...g, kind: toGroupKind(g.kind) })),
      new Map(),
    );
    return [{ value: body.slug, label: `${body.name} (all groups)`, depth: 0 }, ...flattenTree(tree, 1)];
  });
}
