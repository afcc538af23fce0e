import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LiaisonDto, LiaisonGroupRef } from './liaison-types';
import { isoDate } from '@/lib/domain/calendar-date';

// The columns of a liaison statement that the pages show, and their mapping to a plain object.

const groupRefSelect = {
  code: true,
  name: true,
  path: true,
  body: { select: { name: true, sortOrder: true } },
} satisfies Prisma.GroupSelect;

export const liaisonSelect = {
  reference: true,
  title: true,
  direction: true,
  purpose: true,
  state: true,
  date: true,
  deadline: true,
  documentUrl: true,
  version: true,
  updatedAt: true,
  fromGroup: { select: groupRefSelect },
  recipients: { select: { group: { select: groupRefSelect } } },
  inReplyTo: { select: { reference: true } },
  replies: { select: { reference: true }, orderBy: [{ date: 'asc' }, { reference: 'asc' }] },
  workItems: { select: { workItem: { select: { identifier: true, title: true } } } },
} satisfies Prisma.LiaisonSelect;

type LiaisonRow = Prisma.LiaisonGetPayload<{ select: typeof liaisonSelect }>;
type GroupRefRow = Prisma.GroupGetPayload<{ select: typeof groupRefSelect }>;

function groupRef(group: GroupRefRow): LiaisonGroupRef {
  return { body: group.body.name, code: group.code, name: group.name, path: group.path };
}

export function toLiaisonDto(row: LiaisonRow): LiaisonDto {
  const recipients = row.recipients
    .map((r) => r.group)
    .sort((a, b) => a.body.sortOrder - b.body.sortOrder || a.path.localeCompare(b.path));
  return {
    reference: row.reference,
    title: row.title,
    direction: row.direction,
    purpose: row.purpose,
    state: row.state,
    date: isoDate(row.date) ?? '',
    deadline: isoDate(row.deadline),
    documentUrl: row.documentUrl,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    from: groupRef(row.fromGroup),
    to: recipients.map(groupRef),
    inReplyTo: row.inReplyTo?.reference ?? null,
    replies: row.replies.map((r) => r.reference),
    workItems: row.workItems
      .map((w) => w.workItem)
      .sort((a, b) => a.identifier.localeCompare(b.identifier, 'en', { numeric: true })),
  };
}

/** Liaisons sent by or addressed to any of the groups `groupIds`. */
export function sentOrReceivedBy(groupIds: number[]): Prisma.LiaisonWhereInput {
  return { OR: [{ fromGroupId: { in: groupIds } }, { recipients: { some: { groupId: { in: groupIds } } } }] };
}
