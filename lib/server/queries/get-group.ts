import 'server-only';
import { ancestorsOf, buildGroupTree, descendantIds, toGroupKind } from '@/lib/domain/group-tree';
import { db } from '../db';
import type { GroupPage } from './group-types';
import { liaisonSelect, sentOrReceivedBy, toLiaisonDto } from './liaison-summary';
import { countItemsByGroup } from './list-groups';
import { loadReferenceData } from './reference-data';
import { isoDate } from '@/lib/domain/calendar-date';

export interface GetGroupOptions {
  /** The group's path ("itu-t/sg13/wp1-13") or a body's slug ("itu-t"). */
  path: string;
  itemLimit?: number;
  liaisonLimit?: number;
}

/**
 * A group with its ancestors, subgroups, work items and liaisons (its subgroups' included), or a
 * body with its top-level groups. Null when nothing has that path.
 */
export async function getGroup({
  path,
  itemLimit = 300,
  liaisonLimit = 50,
}: GetGroupOptions): Promise<GroupPage | null> {
  const reference = await loadReferenceData();
  const row = reference.groups.find((g) => g.path === path);
  const bodyRef = row
    ? reference.bodies.find((b) => b.id === row.bodyId)
    : reference.bodies.find((b) => b.slug === path);
  if (!bodyRef) return null;
  const body = await db().body.findUniqueOrThrow({
    where: { id: bodyRef.id },
    select: { slug: true, name: true, fullName: true, url: true },
  });
  const groups = reference.groups
    .filter((g) => g.bodyId === bodyRef.id)
    .map((g) => ({ ...g, kind: toGroupKind(g.kind) }));
  if (!row) {
    const counts = await countItemsByGroup(groups.map((g) => g.id));
    const subgroups = buildGroupTree(groups, counts);
    const itemTotal = [...counts.values()].reduce((a, b) => a + b, 0);
    return {
      body,
      group: null,
      ancestors: [],
      subgroups,
      items: [],
      itemTotal,
      itemLimit: 0,
      liaisons: [],
      liaisonTotal: 0,
    };
  }
  const ids = descendantIds(groups, row.id);
  const liaisonWhere = sentOrReceivedBy(ids);
  const [counts, group, items, liaisons, liaisonTotal] = await Promise.all([
    countItemsByGroup(ids),
    db().group.findUniqueOrThrow({
      where: { id: row.id },
      select: { kind: true, code: true, name: true, path: true, url: true },
    }),
    db().workItem.findMany({
      where: { groupId: { in: ids } },
      select: {
        identifier: true,
        title: true,
        targetDate: true,
        approvedDate: true,
        synthetic: true,
        group: { select: { code: true, path: true } },
        status: { select: { name: true, stage: true } },
      },
      orderBy: { identifier: 'asc' },
      take: itemLimit,
    }),
    db().liaison.findMany({
      where: liaisonWhere,
      select: liaisonSelect,
      orderBy: [{ date: 'desc' }, { reference: 'asc' }],
      take: liaisonLimit,
    }),
    db().liaison.count({ where: liaisonWhere }),
  ]);
  return {
    body,
    group,
    ancestors: ancestorsOf(groups, row.id).map(({ code, name, path }) => ({ code, name, path })),
    subgroups: buildGroupTree(groups, counts, row.id),
    items: items.map((i) => ({
      identifier: i.identifier,
      title: i.title,
      groupCode: i.group.code,
      groupPath: i.group.path,
      status: i.status.name,
      stage: i.status.stage,
      targetDate: isoDate(i.targetDate),
      approvedDate: isoDate(i.approvedDate),
      synthetic: i.synthetic,
    })),
    itemTotal: [...counts.values()].reduce((a, b) => a + b, 0),
    itemLimit,
    liaisons: liaisons.map(toLiaisonDto),
    liaisonTotal,
  };
}
