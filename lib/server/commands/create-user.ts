import 'server-only';
import { generateRandomString, hashPassword } from 'better-auth/crypto';
import { createUserInput, type CreateUserInput } from '@/lib/domain/schemas/account';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '../audit';
import { createPasswordLink } from '../auth';
import { db } from '../db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { describeRoles, resolveRoles } from './user-roles';

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  /** Without a password: the link with which the person sets one (valid for 3 days). */
  invitationUrl: string | null;
  /** Whether the invitation was also e-mailed (SMTP configured). */
  invitationMailed: boolean;
}

/** Creates an account (admins and scripts only), with its roles and either a password or an invitation link. */
export async function createUser({
  actor,
  ...input
}: { actor: Actor | null } & CreateUserInput): Promise<CreatedUser> {
  authorize(actor, 'users.manage');
  const data = parseInput(createUserInput, input);
  // Hashed before the transaction: scrypt takes ~50 ms and needs no lock.
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  const id = generateRandomString(32, 'a-z', 'A-Z', '0-9');
  try {
    await db().$transaction(async (tx) => {
      const roles = await resolveRoles(tx, data.groupRoles);
      // emailVerified: SSO links to existing accounts only when it is true (research §3).
      await tx.user.create({
        data: { id, email: data.email, name: data.name, emailVerified: true, isAdmin: data.isAdmin },
      });
      if (roles.length)
        await tx.groupRole.createMany({
          data: roles.map((r) => ({ userId: id, groupId: r.groupId, role: r.role })),
        });
      if (passwordHash)
        await tx.account.create({
          data: {
            id: generateRandomString(32, 'a-z', 'A-Z', '0-9'),
            userId: id,
            accountId: id,
            providerId: 'credential',
            password: passwordHash,
          },
        });
      await recordAudit(tx, actor, {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        entityLabel: data.email,
        changes: {
          email: { before: null, after: data.email },
          name: { before: null, after: data.name },
          isAdmin: { before: null, after: data.isAdmin },
          roles: { before: null, after: describeRoles(roles) },
          password: { before: null, after: passwordHash ? 'set' : 'invitation' },
        },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new AppError('CONFLICT', msg('errors.user.emailTaken', { email: data.email }), 'email');
    throw error;
  }
  const invitation = passwordHash ? null : await createPasswordLink(data.email);
  return {
    id,
    email: data.email,
    name: data.name,
    invitationUrl: invitation?.url ?? null,
    invitationMailed: invitation?.mailed ?? false,
  };
}
