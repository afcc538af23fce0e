import Link from 'next/link';

export interface RoleRow {
  role: 'COORDINATOR' | 'RAPPORTEUR';
  path: string;
  code: string;
  name: string;
}

const MEANING = {
  COORDINATOR: 'edits everything in the group and its subgroups',
  RAPPORTEUR: 'edits the group’s own work items and liaisons',
} as const;

/** What the person may edit, in words. */
export function RoleList({ isAdmin, roles }: { isAdmin: boolean; roles: readonly RoleRow[] }) {
  if (!isAdmin && roles.length === 0)
    return (
      <p className="text-sm text-slate-700">
        You have no editing role: you read the roadmap like everyone else. An admin can make you the
        rapporteur or coordinator of a group.
      </p>
    );
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
      {isAdmin ? <li>Admin: edits everything, manages users and reference data</li> : null}
      {roles.map((r) => (
        <li key={r.path}>
          {r.role === 'COORDINATOR' ? 'Coordinator' : 'Rapporteur'} of{' '}
          <Link href={`/groups/${r.path}`}>
            {r.code} ({r.name})
          </Link>
          : {MEANING[r.role]}
        </li>
      ))}
    </ul>
  );
}
