import 'server-only';
import type { Tx } from '../audit';
import { findGroup } from '../queries/find-group';

// Shared by create-user and set-user-roles: group roles as given (path or code) resolved to groups,
// and the readable form the audit trail keeps ("COORDINATOR itu-t/sg13").

export interface ResolvedRole {
  groupId: number;
  path: string;
  role: 'COORDINATOR' | 'RAPPORTEUR';
}

export async function resolveRoles(
  tx: Tx,
  roles: readonly { group: string; role: 'COORDINATOR' | 'RAPPORTEUR' }[],
): Promise<ResolvedRole[]> {
  const byGroup = new Map<number, ResolvedRole>();
  for (const [index, r] of roles.entries()) {
    const group = await findGroup(tx, r.group, `groupRoles.${index}.group`);
    // One role per group (the table's key): coordinator wins over rapporteur, as it includes it.
    const existing = byGroup.get(group.id);
    if (!existing || r.role === 'COORDINATOR')
      byGroup.set(group.id, { groupId: group.id, path: group.path, role: r.role });
  }
  return [...byGroup.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function describeRoles(roles: readonly { path: string; role: string }[]): string[] {
  return roles.map((r) => `${r.role} ${r.path}`).sort();
}
