// Test support: users with roles, the Actor a command receives for them, and their API tokens.
import { randomBytes } from 'node:crypto';
import { generateApiToken } from '../server/api-token.ts';
import { userRow } from '../../prisma/seed/user-rows.ts';
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

export interface ActorOptions {
  name?: string;
  isAdmin?: boolean;
  roles?: { group: { id: number; path: string }; role: Role }[];
}

/** Creates a user (with its group roles) and returns the Actor the app would load for it. */
export async function makeActor(prisma: PrismaClient, options: ActorOptions = {}): Promise<TestActor> {
  const id = randomBytes(12).toString('hex');
  const user = userRow({
    id,
    name: options.name ?? `User ${id.slice(0, 6)}`,
    email: `${id}@example.org`,
    isAdmin: options.isAdmin ?? false,
  });
  const roles = options.roles ?? [];
  await prisma.user.create({
    data: { ...user, groupRoles: { create: roles.map((r) => ({ groupId: r.group.id, role: r.role })) } },
  });
  return {
    userId: id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    roles: roles.map((r) => ({ groupId: r.group.id, groupPath: r.group.path, role: r.role })),
    channel: 'FORM',
  };
}

/** Stores a new API token of the user; returns the token, as its owner would send it. */
export async function makeApiToken(
  prisma: PrismaClient,
  userId: string,
  extra: { name?: string; revokedAt?: Date; expiresAt?: Date } = {},
): Promise<string> {
  const { token, prefix, tokenHash } = generateApiToken();
  await prisma.apiToken.create({ data: { userId, name: 'test', prefix, tokenHash, ...extra } });
  return token;
}
