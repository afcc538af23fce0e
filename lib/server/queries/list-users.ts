import 'server-only';
import { db } from '../db';
import { authorize, type Actor } from '../permissions';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  createdAt: Date;
  hasPassword: boolean;
  roles: { role: 'COORDINATOR' | 'RAPPORTEUR'; path: string; code: string }[];
}

/** Every account with its roles, for admins. */
export async function listUsers(actor: Actor | null): Promise<UserRow[]> {
  authorize(actor, 'users.manage');
  const users = await db().user.findMany({
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    take: 1000,
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      createdAt: true,
      accounts: { select: { providerId: true } },
      groupRoles: {
        select: { role: true, group: { select: { path: true, code: true } } },
        orderBy: { group: { path: 'asc' } },
      },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    isAdmin: u.isAdmin,
    createdAt: u.createdAt,
    hasPassword: u.accounts.some((a) => a.providerId === 'credential'),
    roles: u.groupRoles.map((r) => ({ role: r.role, ...r.group })),
  }));
}
