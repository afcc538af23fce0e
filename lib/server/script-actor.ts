import 'server-only';
import os from 'node:os';
import type { Actor } from './permissions';

/** The actor of command-line scripts: an admin, recorded in the audit trail as "command line (<os user>)". */
export function scriptActor(): Actor {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry for the uid (some containers): keep "unknown".
  }
  return {
    // No such user row: audit_event.actor_id has no foreign key, so the trail says who ran it.
    userId: 'script',
    name: `command line (${user})`,
    email: '',
    isAdmin: true,
    roles: [],
    channel: 'SCRIPT',
  };
}
