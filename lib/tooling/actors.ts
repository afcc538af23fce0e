// Test support: users with roles, and the Actor a command receives for them.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from './prisma.ts';

export type Role = 'COORDINATOR' | 'RAPPORTEUR';

export interface TestActor {
  userId: string;
  name: string;
  email: string;
  isAdmin: boolean;
  roles: { groupId: number; groupPath: string; role: Role }[];
  channel: 'FORM' | 'API' | 'IMPORT' | 'SCRIPT';
}

/** Creates a user (with its group roles) and returns the Actor the app would load for it. */
export async function makeActor(
  prisma: PrismaClient,
  options: {
    name?: string;
    isAdmin?: boolean;
    roles?: { group: { id: number; path: string }; role: Role }[];
  } = {},
): Promise<TestActor> {
  const id = randomBytes(12).toString('hex');
  const name = options.name ?? `User ${id.slice(0, 6)}`;
  const email = `${id}@example.org`;
  await prisma.user.create({
    data: {
      id,
      name,
      email,
      emailVerified: true,
      isAdmin: options.isAdmin ?? false,
      groupRoles: { create: (options.roles ?? []).map((r) => ({ groupId: r.group.id, role: r.role })) },
    },
  });
  return {
    userId: id,
    name,
    email,
    isAdmin: options.isAdmin ?? false,
    roles: (options.roles ?? []).map((r) => ({ groupId: r.group.id, groupPath: r.group.path, role: r.role })),
    channel: 'FORM',
  };
}
