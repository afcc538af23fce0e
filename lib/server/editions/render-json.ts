import 'server-only';
import { snapshotJsonSchema, type Snapshot } from '@/lib/domain/edition/snapshot';

// The JSON download of an edition: its snapshot as it is stored, pretty-printed, with a `$schema`
// link to the JSON Schema (2020-12) served at /editions/schema.json.

export const SCHEMA_PATH = '/editions/schema.json';

/** The snapshot's JSON Schema, allowing the `$schema` member the download starts with. */
export function editionJsonSchema(origin?: string): Record<string, unknown> {
  const schema = snapshotJsonSchema() as {
    $defs?: Record<string, { properties?: Record<string, unknown> }>;
  } & Record<string, unknown>;
  const root = schema.$defs?.EditionSnapshot;
  if (root?.properties)
    root.properties = {
      $schema: { type: 'string', description: 'The address of this schema' },
      ...root.properties,
    };
  return {
    ...(origin ? { $id: new URL(SCHEMA_PATH, origin).toString() } : {}),
    title: 'IMT roadmap edition snapshot',
    description:
      'An edition of the IMT-2020 and IMT-2030 standardization roadmap (the annual supplement of WTSA Resolution 92): every work item in scope with its status history and relations, and the liaison statements. Items keep their `key` across editions, so two editions can be compared even when an item was renamed.',
    ...schema,
  };
}

export function renderJson(snapshot: Snapshot, origin?: string): Buffer {
  const schemaUrl = origin ? new URL(SCHEMA_PATH, origin).toString() : SCHEMA_PATH;
  return Buffer.from(`${JSON.stringify({ $schema: schemaUrl, ...snapshot }, null, 2)}\n`);
}
