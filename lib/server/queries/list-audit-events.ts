import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  AUDIT_PAGE_SIZE,
  auditEntityHref,
  auditTimeRange,
  type AuditChannel,
  type AuditFilters,
} from '@/lib/domain/audit-filters';
import type { FieldChanges } from '@/lib/domain/field-changes';
import { db } from '../db';
import { authorize, type Actor } from '../permissions';

// The global audit log for admins: newest first, filtered, 50 a page (offset pagination: the log
// is read by people paging a few screens back, and a page number is a shareable address).

export interface AuditEventDto {
  id: string;
  /** ISO instant (UTC). */
  at: string;
  actorName: string;
  actorEmail: string | null;
  channel: AuditChannel;
  action: string;
  entityType: string;
  entityLabel: string;
  /** The entity's page when it still exists (by its current name), else null. */
  entityHref: string | null;
  version: number | null;
  changes: FieldChanges;
  comment: string | null;
}

export interface AuditEventPage {
  events: AuditEventDto[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

export interface ListAuditEventsOptions {
  actor: Actor | null;
  filters: AuditFilters;
  pageSize?: number;
}

/** Characters LIKE treats specially, escaped so that "50%" finds "50%". */
const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor)
    and.push({
      OR: [
        { actorName: { contains: like(filters.actor), mode: 'insensitive' } },
        { actorEmail: { contains: like(filters.actor), mode: 'insensitive' } },
      ],
    });
  if (filters.action)
    and.push(
      filters.action.endsWith('.')
        ? { action: { startsWith: like(filters.action) } }
        : { action: filters.action },
    );
  if (filters.entity) and.push({ entityType: filters.entity });
  if (filters.channel) and.push({ channel: filters.channel });
  if (filters.label) and.push({ entityLabel: { contains: like(filters.label), mode: 'insensitive' } });
  const at = auditTimeRange(filters);
  if (at.gte || at.lt) and.push({ at });
  return { AND: and };
}

/** The current names of the items and liaisons among `rows` that still exist, keyed "type:id". */
async function currentNames(rows: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [
    ...new Set(
      rows
        .filter((r) => r.entityType === type && /^\d{1,9}$/.test(r.entityId))
        .map((r) => Number(r.entityId)),
    ),
  ];
  const [items, liaisons] = await Promise.all([
    db().workItem.findMany({
      where: { id: { in: ids('work_item') } },
      select: { id: true, identifier: true },
    }),
    db().liaison.findMany({ where: { id: { in: ids('liaison') } }, select: { id: true, reference: true } }),
  ]);
  return new Map([
    ...items.map((i) => [`work_item:${i.id}`, i.identifier] as const),
    ...liaisons.map((l) => [`liaison:${l.id}`, l.reference] as const),
  ]);
}

/** One page of the audit log. Admins only: anyone else is refused (401/403), whatever the page shows. */
export async function listAuditEvents({
  actor,
  filters,
  pageSize = AUDIT_PAGE_SIZE,
}: ListAuditEventsOptions): Promise<AuditEventPage> {
  authorize(actor, 'audit.read');
  const where = auditWhere(filters);
  const [total, rows] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        at: true,
        actorName: true,
        actorEmail: true,
        channel: true,
        action: true,
        entityType: true,
        entityId: true,
        entityLabel: true,
        version: true,
        changes: true,
        comment: true,
      },
    }),
  ]);
  const names = await currentNames(rows);
  return {
    events: rows.map((r) => {
      const current = names.get(`${r.entityType}:${r.entityId}`);
      return {
        id: r.id.toString(),
        at: r.at.toISOString(),
        actorName: r.actorName,
        actorEmail: r.actorEmail,
        channel: r.channel,
        action: r.action,
        entityType: r.entityType,
        entityLabel: r.entityLabel,
        entityHref: current ? auditEntityHref(r.entityType, current) : null,
        version: r.version,
        // A CHECK constraint keeps `changes` a JSON object of { field: { before, after } }.
        changes: (r.changes ?? {}) as unknown as FieldChanges,
        comment: r.comment,
      };
    }),
    total,
    page: filters.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** The distinct actions recorded so far, for the filter's suggestions. */
export async function listAuditActions(actor: Actor | null): Promise<string[]> {
  authorize(actor, 'audit.read');
  const rows = await db().auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } });
  return rows.map((r) => r.action);
}
