import 'server-only';
import { renameUserInput, type RenameUserInput } from '@/lib/domain/schemas/account';
import { recordAudit } from '../audit';
import { db } from '../db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';

// The only way a name changes (better-auth's update-user endpoint is off, issue 10 item 4): an
// admin renames anyone; everyone else only themselves. Audited, since change logs show names.

/** Sets a user's display name. Returns whether it changed. */
export async function renameUser({
  actor,
  ...input
}: { actor: Actor | null } & RenameUserInput): Promise<{ changed: boolean }> {
  authorize(actor, 'account.manage');
  const data = parseInput(renameUserInput, input);
  if (data.userId !== actor.userId) authorize(actor, 'users.manage');
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: data.userId },
      select: { id: true, name: true, email: true },
    });
    if (!user) throw new AppError('NOT_FOUND', msg('errors.user.notFound'), 'userId');
    if (user.name === data.name) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { name: data.name } });
    await recordAudit(tx, actor, {
      action: 'user.rename',
      entityType: 'user',
      entityId: user.id,
      entityLabel: user.email,
      changes: { name: { before: user.name, after: data.name } },
    });
    return { changed: true };
  });
}
