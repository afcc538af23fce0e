import 'server-only';
import { revokeApiTokenInput } from '@/lib/domain/schemas/account';
import { recordAudit } from '../audit';
import { db } from '../db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, can, type Actor } from '../permissions';
import { parseInput } from '../validation';

/** Revokes an API token: one's own, or anyone's for admins. Revoking it again changes nothing. */
export async function revokeApiToken({
  actor,
  ...input
}: {
  actor: Actor | null;
  tokenId: number | string;
}): Promise<{ revoked: boolean }> {
  authorize(actor, 'account.manage');
  const { tokenId } = parseInput(revokeApiTokenInput, input);
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: tokenId },
      select: {
        id: true,
        userId: true,
        name: true,
        prefix: true,
        revokedAt: true,
        user: { select: { email: true } },
      },
    });
    // Someone else's token is "not found" to a non-admin: its existence is not theirs to know.
    if (!token || (token.userId !== actor.userId && !can(actor, 'users.manage')))
      throw new AppError('NOT_FOUND', msg('errors.token.notFound'), 'tokenId');
    if (token.revokedAt) return { revoked: false };
    const now = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await recordAudit(tx, actor, {
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: token.id,
      entityLabel: `${token.name} (${token.prefix}…) of ${token.user.email}`,
      changes: { revokedAt: { before: null, after: now.toISOString() } },
    });
    return { revoked: true };
  });
}
