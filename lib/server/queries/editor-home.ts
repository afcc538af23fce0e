import 'server-only';
import { staleCutoff } from '@/lib/domain/freshness';
import { todayUtc } from '@/lib/domain/liaisons';
import type { Stage } from '@/lib/domain/lifecycle';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import type { Actor } from '../permissions';
import { loadReferenceData } from './reference-data';
import { isoDate } from '@/lib/domain/calendar-date';

// What a rapporteur or coordinator keeps up to date: their groups, their stale items, items past
// their target date, and their groups' open liaisons by deadline.

export interface HomeGroup {
  path: string;
  code: string;
  name: string;
  body: string;
  /** The role that gives access: held on this group, or (coordinators) on a group above it. */
  role: 'COORDINATOR' | 'RAPPORTEUR';
  inherited: boolean;
}

export interface HomeItem {
  identifier: string;
  title: string;
  group: string;
  body: string;
  status: string;
  stage: Stage;
  version: number;
  targetDate: string | null;
  lastVerifiedAt: string | null;
}

export interface HomeLiaison {
  reference: string;
  title: string;
  direction: 'INCOMING' | 'OUTGOING';
  from: string;
  to: string[];
  date: string;
  deadline: string | null;
  state: 'OPEN' | 'REPLIED' | 'CLOSED';
}

export interface EditorHome {
  groups: HomeGroup[];
  stale: HomeItem[];
  staleTotal: number;
  overdue: HomeItem[];
  overdueTotal: number;
  liaisons: HomeLiaison[];
  liaisonsTotal: number;
}

/** Items that still move: withdrawn and superseded ones need no verification or date. */
const ACTIVE_STAGES: Stage[] = ['PLANNED', 'DRAFTING', 'UNDER_APPROVAL', 'APPROVED'];
const OPEN_STAGES: Stage[] = ['PLANNED', 'DRAFTING', 'UNDER_APPROVAL'];
const LIMIT = 100;

const itemSelect = {
  identifier: true,
  title: true,
  version: true,
  targetDate: true,
  lastVerifiedAt: true,
  status: { select: { name: true, stage: true } },
  group: { select: { code: true, body: { select: { name: true } } } },
} satisfies Prisma.WorkItemSelect;

function toHomeItem(row: Prisma.WorkItemGetPayload<{ select: typeof itemSelect }>): HomeItem {
  return {
    identifier: row.identifier,
    title: row.title,
    group: row.group.code,
    body: row.group.body.name,
    status: row.status.name,
    stage: row.status.stage,
    version: row.version,
    targetDate: isoDate(row.targetDate),
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
  };
}

/** The groups an actor edits through their roles: coordinators' subgroups included. */
export async function editorGroups(actor: Actor): Promise<HomeGroup[]> {
  const { groups, bodies } = await loadReferenceData();
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const out: HomeGroup[] = [];
  for (const g of groups) {
    const own = actor.roles.find((r) => r.groupPath === g.path);
    const above = actor.roles.find((r) => r.role === 'COORDINATOR' && g.path.startsWith(`${r.groupPath}/`));
    const role = own ?? above;
    if (!role) continue;
    out.push({
      path: g.path,
      code: g.code,
      name: g.name,
      body: bodyName.get(g.bodyId) ?? '',
      role: role.role,
      inherited: !own,
    });
  }
  return out;
}

export async function getEditorHome(actor: Actor, now: Date = new Date()): Promise<EditorHome> {
  const groups = await editorGroups(actor);
  const { groups: all } = await loadReferenceData();
  const paths = new Set(groups.map((g) => g.path));
  const ids = all.filter((g) => paths.has(g.path)).map((g) => g.id);
  const cutoff = staleCutoff(now);
  const today = new Date(`${todayUtc(now)}T00:00:00Z`);
  const staleWhere: Prisma.WorkItemWhereInput = {
    groupId: { in: ids },
    status: { stage: { in: ACTIVE_STAGES } },
    OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: cutoff } }],
  };
  const overdueWhere: Prisma.WorkItemWhereInput = {
    groupId: { in: ids },
    status: { stage: { in: OPEN_STAGES } },
    approvedDate: null,
    targetDate: { lt: today },
  };
  const liaisonWhere: Prisma.LiaisonWhereInput = {
    state: 'OPEN',
    OR: [{ fromGroupId: { in: ids } }, { recipients: { some: { groupId: { in: ids } } } }],
  };
  const [stale, staleTotal, overdue, overdueTotal, liaisons, liaisonsTotal] = await Promise.all([
    db().workItem.findMany({
      where: staleWhere,
      select: itemSelect,
      orderBy: [{ lastVerifiedAt: { sort: 'asc', nulls: 'first' } }, { identifier: 'asc' }],
      take: LIMIT,
    }),
    db().workItem.count({ where: staleWhere }),
    db().workItem.findMany({
      where: overdueWhere,
      select: itemSelect,
      orderBy: [{ targetDate: 'asc' }, { identifier: 'asc' }],
      take: LIMIT,
    }),
    db().workItem.count({ where: overdueWhere }),
    db().liaison.findMany({
      where: liaisonWhere,
      select: {
        reference: true,
        title: true,
        direction: true,
        date: true,
        deadline: true,
        state: true,
        fromGroup: { select: { code: true, body: { select: { name: true } } } },
        recipients: { select: { group: { select: { code: true, body: { select: { name: true } } } } } },
      },
      // The nearest deadline first, so overdue ones lead; those without a deadline last.
      orderBy: [{ deadline: { sort: 'asc', nulls: 'last' } }, { date: 'asc' }, { reference: 'asc' }],
      take: LIMIT,
    }),
    db().liaison.count({ where: liaisonWhere }),
  ]);
  return {
    groups,
    stale: stale.map(toHomeItem),
    staleTotal,
    overdue: overdue.map(toHomeItem),
    overdueTotal,
    liaisons: liaisons.map((l) => ({
      reference: l.reference,
      title: l.title,
      direction: l.direction,
      from: `${l.fromGroup.body.name} ${l.fromGroup.code}`,
      to: l.recipients.map((r) => `${r.group.body.name} ${r.group.code}`),
      date: isoDate(l.date) ?? '',
      deadline: isoDate(l.deadline),
      state: l.state,
    })),
    liaisonsTotal,
  };
}
