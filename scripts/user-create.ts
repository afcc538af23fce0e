// npm run user:create -- --email E --name N --role admin|coordinator|rapporteur [--group SG13] [--password P]
// Creates an account as the command line's admin (recorded in the audit trail). Without --password
// it prints an invitation link with which the person sets one. Run through with-database.ts
// (package.json), so it uses DATABASE_URL or else the embedded database in .data/.
import { parseArgs } from 'node:util';
import { createUser } from '@/lib/server/commands/create-user';
import { db } from '@/lib/server/db';
import { scriptActor } from '@/lib/server/script-actor';
import { runScript } from './script-errors';

const USAGE =
  'usage: npm run user:create -- --email <e-mail> --name <name> --role admin|coordinator|rapporteur ' +
  '[--group <path or code, e.g. itu-t/sg13 or SG13>] [--password <at least 12 characters>]';

runScript(
  async () => {
    const { values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        group: { type: 'string', multiple: true },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return console.log(USAGE);
    const { email, name, role, group = [], password } = values;
    if (!email || !name || !role) throw new Error(`--email, --name and --role are required\n${USAGE}`);
    if (role !== 'admin' && role !== 'coordinator' && role !== 'rapporteur' && role !== 'reader')
      throw new Error(`--role must be admin, coordinator, rapporteur or reader, not "${role}"\n${USAGE}`);
    const needsGroup = role === 'coordinator' || role === 'rapporteur';
    if (needsGroup && group.length === 0) throw new Error(`--role ${role} needs --group\n${USAGE}`);
    if (!needsGroup && group.length > 0)
      throw new Error(`--group goes with --role coordinator or rapporteur`);
    try {
      const user = await createUser({
        actor: scriptActor(),
        email,
        name,
        password,
        isAdmin: role === 'admin',
        groupRoles: group.map((g) => ({
          group: g,
          role: role === 'coordinator' ? 'COORDINATOR' : 'RAPPORTEUR',
        })),
      });
      console.log(
        `Created ${user.name} <${user.email}> (${role}${group.length ? ` of ${group.join(', ')}` : ''})`,
      );
      if (user.invitationUrl)
        console.log(
          `${user.invitationMailed ? 'E-mailed an' : 'Send them this'} invitation link (valid 3 days) to set a password:\n${user.invitationUrl}`,
        );
    } finally {
      await db().$disconnect();
    }
  },
  { email: '--email', name: '--name', password: '--password', groupRoles: '--group' },
);
