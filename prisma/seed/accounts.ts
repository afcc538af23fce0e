// Writes the demo accounts (data/accounts.ts), one per kind of person (README "Accounts").
// Idempotent like the rest of the seed: missing users, roles and passwords are added, differing
// names and admin flags put back; a password someone changed is left alone.
import { hashPassword } from 'better-auth/crypto';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './data/accounts.ts';
import { credentialAccountRow, userRow } from './user-rows.ts';
import type { ReferenceIds, Tx } from './write-reference.ts';

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
      await tx.user.create({ data: userRow(account) });
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
      await tx.account.create({ data: credentialAccountRow(user.id, await hashPassword(DEMO_PASSWORD)) });
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
