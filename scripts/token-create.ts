// npm run token:create -- --email E --name NAME [--expires-in-days N]
// Creates a personal API token for an existing account and prints it alone on the last line
// (`TOKEN=$(npm run -s token:create -- ... | tail -n 1)`). It is shown once: only its hash is kept.
import { parseArgs } from 'node:util';
import { createApiToken } from '@/lib/server/commands/create-api-token';
import { db } from '@/lib/server/db';
import { scriptActor } from '@/lib/server/script-actor';
import { runScript } from './script-errors';

const USAGE =
  'usage: npm run token:create -- --email <account e-mail> --name <what the token is for> [--expires-in-days <n>]';

runScript(
  async () => {
    const { values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'expires-in-days': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return console.log(USAGE);
    const { email, name } = values;
    if (!email || !name) throw new Error(`--email and --name are required\n${USAGE}`);
    const days = values['expires-in-days'];
    if (days !== undefined && !/^\d+$/.test(days))
      throw new Error(`--expires-in-days needs a whole number\n${USAGE}`);
    try {
      const created = await createApiToken({
        actor: scriptActor(),
        userEmail: email,
        name,
        expiresInDays: days === undefined ? undefined : Number(days),
      });
      console.log(
        `API token "${created.name}" for ${email.trim().toLowerCase()}${created.expiresAt ? `, valid until ${created.expiresAt.toISOString()}` : ''}. ` +
          'It is shown only now; send it as "Authorization: Bearer <token>":',
      );
      console.log(created.token);
    } finally {
      await db().$disconnect();
    }
  },
  { userEmail: '--email', name: '--name', expiresInDays: '--expires-in-days' },
);
