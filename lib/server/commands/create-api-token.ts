import 'server-only';
import { createApiTokenInput, type CreateApiTokenInput } from '@/lib/domain/schemas/account';
import { generateApiToken } from '../api-token';
import { recordAudit } from '../audit';
import { db } from '../db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CreatedApiToken {
  id: number;
  name: string;
  prefix: string;
  expiresAt: Date | null;
  /** The token itself: shown once, never stored. */
  token: string;
}

/** A new personal API token for the actor (or, for admins and scripts, for `userEmail`). */
export async function createApiToken({
  actor,
  ...input
}: { actor: Actor | null } & CreateApiTokenInput): Promise<CreatedApiToken> {
  authorize(actor, 'account.manage');
  const data = parseInput(createApiTokenInput, input);
  const forSomeoneElse = data.userEmail !== undefined && data.userEmail !== actor.email.toLowerCase();
  if (forSomeoneElse) authorize(actor, 'users.manage');
  const { token, prefix, tokenHash } = generateApiToken();
  const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * DAY_MS) : null;
  return db().$transaction(async (tx) => {
    const owner = await tx.user.findUnique({
      where: forSomeoneElse ? { email: data.userEmail } : { id: actor.userId },
      select: { id: true, email: true },
    });
    if (!owner)
      throw new AppError(
        'NOT_FOUND',
        msg('errors.token.noAccount', { email: data.userEmail ?? actor.email }),
        'userEmail',
      );
    const row = await tx.apiToken.create({
      data: { userId: owner.id, name: data.name, prefix, tokenHash, expiresAt },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await recordAudit(tx, actor, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: row.id,
      entityLabel: `${row.name} (${row.prefix}…) of ${owner.email}`,
      changes: {
        name: { before: null, after: row.name },
        prefix: { before: null, after: row.prefix },
        owner: { before: null, after: owner.email },
        expiresAt: { before: null, after: row.expiresAt?.toISOString() ?? null },
      },
    });
    return { ...row, token };
  });
}
