import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FieldChanges } from '@/lib/domain/field-changes';
import type { Actor } from './permissions';

export type Tx = Prisma.TransactionClient;

export type AuditEntityType =
  'work_item' | 'liaison' | 'user' | 'api_token' | 'group' | 'body' | 'topic' | 'edition';

export interface AuditEntry {
  /** e.g. "work_item.update", "work_item.status", "liaison.create", "user.role". */
  action: string;
  entityType: AuditEntityType;
  entityId: string | number;
  entityLabel: string;
  /** The entity's version after the change, when it has one. */
  version?: number | null;
  changes: FieldChanges;
  comment?: string | null;
}

/** Records who, when, what and why. Call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(actor, entry) });
}

/** recordAudit for many entries in a few statements (bulk writes such as a spreadsheet import). */
export async function recordAudits(tx: Tx, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 5000) {
    const part = entries.slice(i, i + 5000);
    const text = (pick: (e: AuditEntry) => string | null) => part.map(pick);
    await tx.$executeRaw`
      INSERT INTO audit_event (actor_id, actor_name, actor_email, channel, action, entity_type, entity_id,
        entity_label, version, changes, comment)
      SELECT ${actor.userId}, ${actor.name}, ${actor.email}, ${actor.channel}::audit_channel, v.action,
        v.entity_type, v.entity_id, v.entity_label, v.version, v.changes::jsonb, v.comment
      FROM unnest(${text((e) => e.action)}::text[], ${text((e) => e.entityType)}::text[],
        ${text((e) => String(e.entityId))}::text[], ${text((e) => e.entityLabel)}::text[],
        ${part.map((e) => e.version ?? null)}::int[], ${text((e) => JSON.stringify(e.changes))}::text[],
        ${text((e) => e.comment ?? null)}::text[])
        AS v(action, entity_type, entity_id, entity_label, version, changes, comment)`;
  }
}

function auditRow(actor: Actor, entry: AuditEntry) {
  return {
    actorId: actor.userId,
    actorName: actor.name,
    actorEmail: actor.email,
    channel: actor.channel,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    entityLabel: entry.entityLabel,
    version: entry.version ?? null,
    // FieldChanges hold JSON values (strings, numbers, null, arrays and plain objects).
    changes: entry.changes as unknown as Prisma.InputJsonValue,
    comment: entry.comment ?? null,
  };
}

/**
 * What changed since `baseVersion`, for a 409: "Changed meanwhile: version 3 by Ann Example
 * (2026-11-23 10:04 UTC): title, targetDate".
 */
export async function describeChangesSince(
  tx: Tx,
  entityType: AuditEntityType,
  entityId: string | number,
  baseVersion: number,
  currentVersion: number,
): Promise<string> {
  const events = await tx.auditEvent.findMany({
    where: { entityType, entityId: String(entityId), version: { gt: baseVersion } },
    orderBy: { id: 'asc' },
    select: { version: true, actorName: true, at: true, changes: true },
    take: 20,
  });
  const lines = events.map((e) => {
    const fields = Object.keys((e.changes ?? {}) as object);
    const when = e.at.toISOString().slice(0, 16).replace('T', ' ');
    return `version ${e.version} by ${e.actorName} (${when} UTC)${fields.length ? `: ${fields.join(', ')}` : ''}`;
  });
  return (
    `It was changed after version ${baseVersion} (now version ${currentVersion}). ` +
    (lines.length ? `Changed meanwhile: ${lines.join('; ')}. ` : '') +
    'Reload, check the current values and apply your change again.'
  );
}
