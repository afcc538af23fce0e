import 'server-only';
import { db } from './db';
import type { Actor, Channel } from './permissions';

/** Loads a user and their group roles as an Actor; null when the user does not exist. */
export async function loadActor(userId: string, channel: Channel): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      groupRoles: { select: { role: true, groupId: true, group: { select: { path: true } } } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    roles: user.groupRoles.map((r) => ({ groupId: r.groupId, groupPath: r.group.path, role: r.role })),
    channel,
  };
}
