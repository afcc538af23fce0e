// npm run edition -- create --year 2026 [--generation IMT2030] [--body itu-t] [--topic network-slicing]
//                          [--supplement 84] [--corrigendum] [--comment "..."]
// npm run edition -- refresh --year 2026 [--supplement 84] | publish --year 2026 | list | verify | sign
// The annual supplement's workflow from the command line, as the command line's admin (recorded in
// the audit trail, channel SCRIPT). Run through with-database.ts (package.json), so it uses
// DATABASE_URL or else the embedded database in .data/.
import { parseArgs } from 'node:util';
import { createEdition } from '@/lib/server/commands/editions/create-edition';
import { publishEdition } from '@/lib/server/commands/editions/publish-edition';
import { refreshEdition } from '@/lib/server/commands/editions/refresh-edition';
import { signUnsealedEditions } from '@/lib/server/commands/editions/sign-editions';
import { verifyAllEditions } from '@/lib/server/editions/verify-editions';
import { db } from '@/lib/server/db';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { listEditions } from '@/lib/server/queries/editions';
import { scriptActor } from '@/lib/server/script-actor';
import { runScript } from './script-errors';

const USAGE = `usage: npm run edition -- <command> [options]
  create  --year <year> [--generation IMT2020|IMT2030]... [--body <slug>]... [--topic <slug>]...
          [--supplement <n>] [--corrigendum] [--comment <text>]
                                               a draft edition (scope: default everything)
  refresh --year <year> [--supplement <n>] [--comment <text>]
                                               the draft's snapshot again from live data
                                               (--supplement: the number TSB assigned)
  publish --year <year> [--comment <text>]     the draft, for ever unchanged
  list                                         every edition, drafts included
  verify                                       checks every published edition against its seal
                                               (record, snapshot, stored files); exits 1 naming
                                               any that fail
  sign                                         seals the editions published before editions were
                                               sealed (renders and stores their documents); once,
                                               after upgrading, when nobody could have altered them`;

const command = process.argv[2];

runScript(
  async () => {
    const { values } = parseArgs({
      args: process.argv.slice(3),
      options: {
        year: { type: 'string' },
        generation: { type: 'string', multiple: true },
        body: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        corrigendum: { type: 'boolean' },
        supplement: { type: 'string' },
        comment: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help || !command || command === 'help') return console.log(USAGE);
    if (!['create', 'refresh', 'publish', 'list', 'verify', 'sign'].includes(command))
      throw new Error(`Unknown command "${command}"\n${USAGE}`);
    try {
      if (command === 'list') return list();
      if (command === 'verify') return verify();
      if (command === 'sign') return sign();
      if (!values.year) throw new Error(`--year is required\n${USAGE}`);
      const year = Number(values.year);
      if (!/^\d{4}$/.test(values.year) || year < 2016 || year > 2200)
        throw new Error(`--year must be a year from 2016 to 2200 such as 2026, not "${values.year}"`);
      const comment = values.comment;
      // Passed on as a number for the shared schema to judge (it names the field when wrong).
      const supplement =
        values.supplement === undefined ? {} : { supplementNumber: Number(values.supplement) };
      const actor = scriptActor();
      if (command === 'create') {
        const generation = (values.generation ?? []).map((g) => g.toUpperCase().replace('-', ''));
        const { body = [], topic = [] } = values;
        const scoped = generation.length + body.length + topic.length > 0;
        const created = await createEdition({
          actor,
          input: {
            year,
            ...(scoped ? { scope: { generations: generation, bodies: body, topics: topic } } : {}),
            ...(values.corrigendum ? { corrigendum: true } : {}),
            ...supplement,
            ...(comment ? { comment } : {}),
          },
        });
        console.log(
          `Created the draft ${label(created)} with ${created.itemCount} work items. Preview: /editions/${year}?draft=1`,
        );
      } else if (command === 'refresh') {
        const refreshed = await refreshEdition({
          actor,
          year,
          input: { ...supplement, ...(comment ? { comment } : {}) },
        });
        console.log(
          `Refreshed the draft ${label(refreshed)}: ${refreshed.itemCount} work items${refreshed.changed ? '' : ' (nothing changed)'}`,
        );
      } else {
        const published = await publishEdition({ actor, year, input: comment ? { comment } : {} });
        console.log(
          `Published the ${label(published)}: /editions/${year}, downloads /editions/${year}/supplement.{docx,xlsx,pdf,json}`,
        );
      }
    } finally {
      await db().$disconnect();
    }
  },
  {
    year: '--year',
    scope: '--generation/--body/--topic',
    corrigendum: '--corrigendum',
    supplementNumber: '--supplement',
    comment: '--comment',
  },
);

const label = ({ year, revision }: { year: number; revision: number }) => editionLabel(year, revision);

async function list() {
  const editions = await listEditions({ includeDrafts: true });
  if (editions.length === 0)
    return console.log('No editions yet. Create one: npm run edition -- create --year <year>');
  for (const e of editions)
    console.log(
      [
        e.label.padEnd(32),
        e.status.padEnd(10),
        `${e.itemCount} items`.padEnd(12),
        e.publishedAt?.slice(0, 10) ?? `snapshot ${e.snapshotAt.slice(0, 10)}`,
      ].join(' '),
    );
}

async function verify() {
  const { verified, failures } = await verifyAllEditions();
  for (const v of verified) console.log(`OK      ${v.label} (record, snapshot and ${v.files} stored files)`);
  for (const f of failures) console.error(`FAILED  ${f.label}: ${f.reason}`);
  if (failures.length) {
    throw new Error(
      `${failures.length} edition(s) failed verification and are not served: ${failures.map((f) => f.label).join(', ')}`,
    );
  }
  console.log(
    verified.length ? `All ${verified.length} published edition(s) verified` : 'No published edition yet',
  );
}

async function sign() {
  const { signed } = await signUnsealedEditions({ actor: scriptActor() });
  for (const s of signed)
    console.log(`Signed the ${s.label}: ${s.files.map((f) => `${f.format} ${f.byteSize} bytes`).join(', ')}`);
  console.log(
    signed.length ? `Signed ${signed.length} edition(s)` : 'Every published edition is signed already',
  );
}
