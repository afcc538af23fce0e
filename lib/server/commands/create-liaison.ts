import 'server-only';
import { diffFields } from '@/lib/domain/field-changes';
import { createLiaisonSchema } from '@/lib/domain/schemas/liaison';
import { recordAudit } from '../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { normaliseLiaison, writeLiaison } from '../liaison-store';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { writeTransaction } from './write-transaction';

/** Records an incoming or outgoing liaison statement, linked to the work items it concerns. */
export async function createLiaison({ actor, input }: { actor: Actor | null; input: unknown }) {
  if (!actor) authorize(actor, 'liaison.edit');
  const { reference, comment, ...fields } = parseInput(createLiaisonSchema, input);
  const state = normaliseLiaison(fields);
  authorize(actor, 'liaison.edit', { groupPaths: [state.from, ...state.to] });
  return writeTransaction(async (tx) => {
    const taken = await tx.liaison.findUnique({ where: { reference }, select: { id: true } });
    if (taken)
      throw new AppError('CONFLICT', msg('errors.liaison.referenceTaken', { reference }), 'reference');
    const row = await writeLiaison(tx, { reference }, state);
    await recordAudit(tx, actor, {
      action: 'liaison.create',
      entityType: 'liaison',
      entityId: row.id,
      entityLabel: reference,
      version: row.version,
      changes: diffFields(null, { reference, ...state }),
      comment,
    });
    return { reference, version: row.version };
  });
}
