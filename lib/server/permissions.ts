import 'server-only';
import { AppError } from '@/lib/domain/errors';
import { msg, type Message } from '@/lib/domain/messages/message';
import { env } from './env';

// Every permission decision of the app, in one place. Commands, route handlers, Server Actions and
// scripts call `authorize`; pages call `can` only to decide what to show (never as the only check).
//
//   admin        everything, including users, groups, bodies, topics, hard delete and the audit log
//   coordinator  of a group: edits everything in that group and all its subgroups
//   rapporteur   of a group: edits that group's own work items and liaisons
//   coordinator  of a roadmap owning group (ROADMAP_OWNING_GROUPS: SG13 and JCA-IMT2020, Resolution
//                92): also keeps the roadmap as a whole (its annual editions)
//   anyone else  (signed in or not) reads only

export type GroupRoleKind = 'COORDINATOR' | 'RAPPORTEUR';
export type Channel = 'FORM' | 'API' | 'IMPORT' | 'SCRIPT';

export interface Actor {
  userId: string;
  name: string;
  email: string;
  isAdmin: boolean;
  roles: readonly { groupId: number; groupPath: string; role: GroupRoleKind }[];
  /** How the write arrives, recorded in the audit trail. */
  channel: Channel;
}

export type Permission =
  /** Create, edit, change status, verify work items; import into; needs `groupPaths` of the item. */
  | 'workItem.edit'
  | 'workItem.delete'
  /** Record and edit liaisons; `groupPaths` are the sender and the recipients. */
  | 'liaison.edit'
  /**
   * Keeping the roadmap as a whole: its annual editions (create, refresh, publish, preview drafts),
   * later the gap register and the triage of overlaps. Admins and the coordinators of the owning
   * groups (exactly those groups, not their subgroups).
   */
  | 'roadmap.coordinate'
  | 'users.manage'
  | 'referenceData.manage'
  | 'audit.read'
  /** One's own API tokens and password. */
  | 'account.manage';

export interface PermissionTarget {
  /** The groups the object belongs to (for an item: its group; moving it: both groups). */
  groupPaths?: readonly string[];
}

function isUnder(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** Whether the actor may edit what belongs to the group at `path`. */
export function canEditGroup(actor: Actor | null, path: string): boolean {
  if (!actor) return false;
  if (actor.isAdmin) return true;
  return actor.roles.some((r) =>
    r.role === 'COORDINATOR' ? isUnder(path, r.groupPath) : r.groupPath === path,
  );
}

export function can(actor: Actor | null, permission: Permission, target: PermissionTarget = {}): boolean {
  if (!actor) return false;
  switch (permission) {
    case 'workItem.edit':
      // Every group involved must be editable: moving an item needs both the old and the new group.
      return (
        (target.groupPaths ?? []).length > 0 && (target.groupPaths ?? []).every((p) => canEditGroup(actor, p))
      );
    case 'liaison.edit':
      // A liaison belongs to its sender and to each recipient: any one of them may keep it.
      return (target.groupPaths ?? []).some((p) => canEditGroup(actor, p));
    case 'roadmap.coordinate': {
      if (actor.isAdmin) return true;
      const owning = env().ROADMAP_OWNING_GROUPS;
      return actor.roles.some((r) => r.role === 'COORDINATOR' && owning.includes(r.groupPath));
    }
    case 'workItem.delete':
    case 'users.manage':
    case 'referenceData.manage':
    case 'audit.read':
      return actor.isAdmin;
    case 'account.manage':
      return true;
  }
}

/** Whether the actor may edit anything at all (shows the editing links). */
export function isEditor(actor: Actor | null): boolean {
  return !!actor && (actor.isAdmin || actor.roles.length > 0);
}

/** Throws 401 for nobody signed in, 403 for a signed-in person without the permission. */
export function authorize(
  actor: Actor | null,
  permission: Permission,
  target: PermissionTarget = {},
): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', msg('errors.access.signIn'));
  if (!can(actor, permission, target)) {
    const groups = target.groupPaths?.join(', ');
    const params = { actor: actor.name, reason: describe(permission) };
    throw new AppError(
      'FORBIDDEN',
      groups
        ? msg('errors.access.forbiddenFor', { ...params, groups })
        : msg('errors.access.forbidden', params),
    );
  }
}

function describe(permission: Permission): Message {
  switch (permission) {
    case 'workItem.edit':
      return msg('errors.access.workItemEdit');
    case 'liaison.edit':
      return msg('errors.access.liaisonEdit');
    case 'roadmap.coordinate':
      return msg('errors.access.roadmapCoordinate', { groups: env().ROADMAP_OWNING_GROUPS.join(', ') });
    case 'workItem.delete':
      return msg('errors.access.workItemDelete');
    default:
      return msg('errors.access.adminOnly');
  }
}
