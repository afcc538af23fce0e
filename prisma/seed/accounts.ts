// Demo accounts, one per kind of person, all with the password DEMO_PASSWORD (README "Accounts").
// Idempotent like the rest of the seed: missing users, roles and passwords are added, differing
// names and admin flags put back; a password someone changed is left alone.
import { hashPassword } from 'better-auth/crypto';
import type { GroupRoleKind } from '../../lib/generated/prisma/enums.ts';
import type { ReferenceIds, Tx } from './write-reference.ts';

export const DEMO_PASSWORD = 'roadmap-demo-2026';

interface DemoAccount {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  role?: { group: string; role: GroupRoleKind };
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { id: 'demo-admin', email: 'admin@example.org', name: 'Demo Admin', isAdmin: true },
  {
    id: 'demo-coordinator',
    email: 'coordinator@example.org',
    name: 'Demo Coordinator (SG13)',
    isAdmin: false,
    role: { group: 'itu-t/sg13', role: 'COORDINATOR' },
  },
  {
    // Q20/13 holds most of SG13's IMT-2030 items in the demo data.
    id: 'demo-rapporteur',
    email: 'rapporteur@example.org',
    name: 'Demo Rapporteur (Q20/13)',
    isAdmin: false,
    role: { group: 'itu-t/sg13/wp1-13/q20-13', role: 'RAPPORTEUR' },
  },
  { id: 'demo-reader', email: 'reader@example.org', name: 'Demo Reader', isAdmin: false },
];

export async function writeDemoAccounts(tx: Tx, ids: ReferenceIds): Promise<void> {
  const existing = await tx.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      accounts: { where: { providerId: 'credential' }, select: { id: true } },
      groupRoles: { select: { groupId: true, role: true } },
    },
  });
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  for (const account of DEMO_ACCOUNTS) {
    let user = byEmail.get(account.email);
    if (!user) {
      await tx.user.create({
        data: {
          id: account.id,
          email: account.email,
          name: account.name,
          isAdmin: account.isAdmin,
          emailVerified: true,
        },
      });
      user = {
        id: account.id,
        email: account.email,
        name: account.name,
        isAdmin: account.isAdmin,
        accounts: [],
        groupRoles: [],
      };
    } else if (user.name !== account.name || user.isAdmin !== account.isAdmin) {
      await tx.user.update({
        where: { id: user.id },
        data: { name: account.name, isAdmin: account.isAdmin },
      });
    }
    if (user.accounts.length === 0)
      // Sign-in looks for providerId "credential" with accountId equal to the user's id.
      await tx.account.create({
        data: {
          id: `${user.id}-credential`,
          userId: user.id,
          accountId: user.id,
          providerId: 'credential',
          password: await hashPassword(DEMO_PASSWORD),
        },
      });
    if (!account.role) continue;
    const groupId = ids.groups.get(account.role.group);
    if (groupId === undefined)
      throw new Error(`Demo account ${account.email}: no group ${account.role.group}`);
    const role = user.groupRoles.find((r) => r.groupId === groupId);
    if (!role) await tx.groupRole.create({ data: { userId: user.id, groupId, role: account.role.role } });
    else if (role.role !== account.role.role)
      await tx.groupRole.update({
        where: { userId_groupId: { userId: user.id, groupId } },
        data: { role: account.role.role },
      });
  }
}
