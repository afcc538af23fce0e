import 'server-only';
import { diffFields } from '@/lib/domain/field-changes';
import { updateLiaisonSchema } from '@/lib/domain/schemas/liaison';
import { recordAudit } from '../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { lockLiaison, normaliseLiaison, writeLiaison } from '../liaison-store';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { assertVersion } from './update-work-item';
import { writeTransaction } from './write-transaction';

/** Changes a liaison (state, deadline, reply, linked items, ...), based on the version it was read at. */
export async function updateLiaison({
  actor,
  reference,
  input,
}: {
  actor: Actor | null;
  reference: string;
  input: unknown;
}) {
  if (!actor) authorize(actor, 'liaison.edit');
  const { version, comment, ...patch } = parseInput(updateLiaisonSchema, input);
  return writeTransaction(async (tx) => {
    const current = await lockLiaison(tx, reference);
    authorize(actor, 'liaison.edit', { groupPaths: [current.state.from, ...current.state.to] });
    await assertVersion(tx, current, version, 'liaison');
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = normaliseLiaison({ ...current.state, ...defined });
    if (next.deadline && next.deadline < next.date)
      throw new AppError('INVALID_INPUT', msg('errors.liaison.deadlineBeforeDate'), 'deadline');
    // Moving a liaison away from one's own groups would hand it to others: the result must stay editable.
    authorize(actor, 'liaison.edit', { groupPaths: [next.from, ...next.to] });
    const changes = diffFields(current.state, next);
    if (Object.keys(changes).length === 0) return { reference, version: current.version, changed: false };
    const row = await writeLiaison(tx, current, next);
    await recordAudit(tx, actor, {
      action: 'liaison.update',
      entityType: 'liaison',
      entityId: current.id,
      entityLabel: reference,
      version: row.version,
      changes,
      comment,
    });
    return { reference, version: row.version, changed: true };
  });
}
