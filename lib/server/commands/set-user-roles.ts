import 'server-only';
import { setUserRolesInput, type SetUserRolesInput } from '@/lib/domain/schemas/account';
import { diffFields } from '@/lib/domain/field-changes';
import { recordAudit } from '../audit';
import { db } from '../db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { describeRoles, resolveRoles } from './user-roles';

/** Replaces a user's admin flag and group roles (admins only). Returns whether anything changed. */
export async function setUserRoles({
  actor,
  ...input
}: { actor: Actor | null } & SetUserRolesInput): Promise<{ changed: boolean }> {
  authorize(actor, 'users.manage');
  const data = parseInput(setUserRolesInput, input);
  if (data.userId === actor.userId && !data.isAdmin)
    throw new AppError('INVALID_INPUT', msg('errors.user.ownAdmin'), 'isAdmin');
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: data.userId },
      select: {
        id: true,
        email: true,
        isAdmin: true,
        groupRoles: { select: { groupId: true, role: true, group: { select: { path: true } } } },
      },
    });
    if (!user) throw new AppError('NOT_FOUND', msg('errors.user.notFound'), 'userId');
    const roles = await resolveRoles(tx, data.groupRoles);
    const changes = diffFields(
      {
        isAdmin: user.isAdmin,
        roles: describeRoles(user.groupRoles.map((r) => ({ role: r.role, path: r.group.path }))),
      },
      { isAdmin: data.isAdmin, roles: describeRoles(roles) },
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    if (changes.isAdmin) await tx.user.update({ where: { id: user.id }, data: { isAdmin: data.isAdmin } });
    if (changes.roles) {
      // Only the roles that differ, so that unchanged ones keep their creation date.
      const wanted = new Map(roles.map((r) => [r.groupId, r.role]));
      const gone = user.groupRoles.filter((r) => wanted.get(r.groupId) !== r.role).map((r) => r.groupId);
      const kept = new Set(
        user.groupRoles.filter((r) => wanted.get(r.groupId) === r.role).map((r) => r.groupId),
      );
      if (gone.length) await tx.groupRole.deleteMany({ where: { userId: user.id, groupId: { in: gone } } });
      const added = roles.filter((r) => !kept.has(r.groupId));
      if (added.length)
        await tx.groupRole.createMany({
          data: added.map((r) => ({ userId: user.id, groupId: r.groupId, role: r.role })),
        });
    }
    await recordAudit(tx, actor, {
      action: 'user.roles',
      entityType: 'user',
      entityId: user.id,
      entityLabel: user.email,
      changes,
    });
    return { changed: true };
  });
}
