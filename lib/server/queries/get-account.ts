import 'server-only';
import { db } from '../db';
import type { Actor } from '../permissions';

export interface AccountView {
  name: string;
  email: string;
  isAdmin: boolean;
  roles: { role: 'COORDINATOR' | 'RAPPORTEUR'; path: string; code: string; name: string }[];
  hasPassword: boolean;
  tokens: {
    id: number;
    name: string;
    prefix: string;
    createdAt: Date;
    lastUsedAt: Date | null;
    expiresAt: Date | null;
    revokedAt: Date | null;
  }[];
}

/** The signed-in person's own account: roles, whether they have a password, their API tokens. */
export async function getAccount(actor: Actor): Promise<AccountView | null> {
  const user = await db().user.findUnique({
    where: { id: actor.userId },
    select: {
      name: true,
      email: true,
      isAdmin: true,
      groupRoles: {
        select: { role: true, group: { select: { path: true, code: true, name: true } } },
        orderBy: { group: { path: 'asc' } },
      },
      accounts: { where: { providerId: 'credential' }, select: { id: true } },
      apiTokens: {
        select: {
          id: true,
          name: true,
          prefix: true,
          createdAt: true,
          lastUsedAt: true,
          expiresAt: true,
          revokedAt: true,
        },
        orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
        take: 100,
      },
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    roles: user.groupRoles.map((r) => ({ role: r.role, ...r.group })),
    hasPassword: user.accounts.length > 0,
    tokens: user.apiTokens,
  };
}
