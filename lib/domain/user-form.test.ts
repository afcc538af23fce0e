import { describe, expect, it } from 'vitest';
import { readUserForm } from './user-form';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('readUserForm', () => {
  const data = form({
    email: 'a@example.org',
    name: 'A',
    password: '',
    coordinatorOf: 'itu-t/sg13',
    rapporteurOf: 'Q6/13, itu-t/sg99',
    isAdmin: 'on',
  });
  const read = readUserForm(data, ['email', 'name', 'password']);

  it('turns the two role fields into groupRoles, leaving an empty password out', () => {
    expect(read.input).toEqual({
      email: 'a@example.org',
      name: 'A',
      isAdmin: true,
      groupRoles: [
        { group: 'itu-t/sg13', role: 'COORDINATOR' },
        { group: 'Q6/13', role: 'RAPPORTEUR' },
        { group: 'itu-t/sg99', role: 'RAPPORTEUR' },
      ],
    });
  });
  it('puts a role error under the field the group was typed in', () => {
    expect(read.mapErrors({ 'groupRoles.2.group': 'no such group', email: 'bad' })).toEqual({
      rapporteurOf: 'no such group',
      email: 'bad',
    });
    expect(read.mapErrors({ 'groupRoles.0.group': 'x' })).toEqual({ coordinatorOf: 'x' });
    expect(read.mapErrors({ groupRoles: 'at most 50 group roles' })).toEqual({
      coordinatorOf: 'at most 50 group roles',
    });
  });
  it('keeps the values typed, never the password', () => {
    expect(read.values).toMatchObject({ email: 'a@example.org', rapporteurOf: 'Q6/13, itu-t/sg99' });
    expect(readUserForm(form({ password: 'secret secret' })).values).not.toHaveProperty('password');
  });
});
