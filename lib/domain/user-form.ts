// The admin's user forms (/admin/users) as posted: group roles typed as lists of paths or codes in
// two fields, "Coordinator of" and "Rapporteur of", turned into the schema's `groupRoles`; an error
// on `groupRoles.3.group` goes back under the field that role was typed in.
import { formValues, type FormValues } from './action-state';

export const ROLE_FIELDS = { coordinatorOf: 'COORDINATOR', rapporteurOf: 'RAPPORTEUR' } as const;
type RoleField = keyof typeof ROLE_FIELDS;

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

/** "SG13, itu-t/sg13/wp1-13/q6-13" -> one entry per group, with the field it came from. */
function groupRoles(data: FormData) {
  const roles: { group: string; role: 'COORDINATOR' | 'RAPPORTEUR'; field: RoleField }[] = [];
  for (const [field, role] of Object.entries(ROLE_FIELDS) as [RoleField, 'COORDINATOR' | 'RAPPORTEUR'][])
    for (const group of text(data, field).split(/[,;\n]/))
      if (group.trim()) roles.push({ group: group.trim(), role, field });
  return roles;
}

/** What the page shows after an account or a password link was made. */
export interface LinkData {
  email: string;
  link?: string;
  mailed?: boolean;
}

export interface UserForm {
  input: Record<string, unknown>;
  values: FormValues;
  mapErrors: (errors: Record<string, string>) => Record<string, string>;
}

/** The create-user form (`password` left out when empty: an invitation link is made instead). */
export function readUserForm(data: FormData, extra: readonly string[] = []): UserForm {
  const roles = groupRoles(data);
  const input: Record<string, unknown> = {
    isAdmin: data.get('isAdmin') === 'on',
    groupRoles: roles.map(({ group, role }) => ({ group, role })),
  };
  for (const name of extra) {
    const value = text(data, name);
    if (value !== '' || name !== 'password') input[name] = value;
  }
  return {
    input,
    values: formValues(data),
    mapErrors: (errors) => {
      const out: Record<string, string> = {};
      for (const [path, message] of Object.entries(errors)) {
        const index = /^groupRoles\.(\d+)/.exec(path)?.[1];
        // The list as a whole ("at most 50 group roles") goes under the first of the two fields.
        const field = index === undefined ? path : (roles[Number(index)]?.field ?? 'coordinatorOf');
        out[field === 'groupRoles' ? 'coordinatorOf' : field] ??= message;
      }
      return out;
    },
  };
}
