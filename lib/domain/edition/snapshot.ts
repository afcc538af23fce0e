// The format of an edition's snapshot: the frozen roadmap from which every document of the edition
// (web page, DOCX, XLSX, PDF, JSON) is generated. The JSON download is this object; its JSON Schema
// is generated from these zod schemas (snapshotJsonSchema) and served beside it.
import { z } from 'zod';
import { DOCUMENT_KINDS, GENERATIONS } from '../labels';
import { LIAISON_DIRECTIONS, LIAISON_PURPOSES, LIAISON_STATES } from '../liaison-filters';
import { PROCESSES, STAGES } from '../lifecycle';
import { EDITOR_ROLES, RELATION_TYPES } from '../schemas/work-item';

export const SNAPSHOT_FORMAT = 'imt-roadmap-edition/1';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'UTC date YYYY-MM-DD' });

export const editionScopeSchema = z
  .strictObject({
    generations: z
      .array(z.enum(['IMT2020', 'IMT2030']))
      .default([])
      .meta({ description: 'Empty: both' }),
    bodies: z.array(z.string().max(60)).max(50).default([]).meta({ description: 'Body slugs; empty: all' }),
    topics: z.array(z.string().max(80)).max(100).default([]).meta({ description: 'Topic slugs; empty: all' }),
  })
  .meta({ id: 'EditionScope' });
export type EditionScope = z.output<typeof editionScopeSchema>;

export const snapshotItemSchema = z.object({
  key: z.number().int().meta({ description: 'Stable key of the work item (survives renames)' }),
  identifier: z.string(),
  previousIdentifiers: z.array(z.string()),
  workingName: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  generation: z.enum(GENERATIONS),
  body: z.string().meta({ description: 'Body slug' }),
  group: z.string().meta({ description: 'Group path' }),
  topics: z.array(z.string()).meta({ description: 'Topic slugs' }),
  process: z.enum(PROCESSES),
  status: z.string(),
  statusName: z.string(),
  stage: z.enum(STAGES),
  startDate: date.nullable(),
  targetDate: date.nullable(),
  approvedDate: date.nullable(),
  documentVersion: z.string().nullable(),
  summary: z.string(),
  baseTextUrl: z.string().nullable(),
  publicationUrl: z.string().nullable(),
  editors: z.array(
    z.object({ name: z.string(), affiliation: z.string().nullable(), role: z.enum(EDITOR_ROLES) }),
  ),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      date,
      reference: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  relations: z.array(
    z.object({ type: z.enum(RELATION_TYPES), identifier: z.string(), note: z.string().nullable() }),
  ),
});
export type SnapshotItem = z.output<typeof snapshotItemSchema>;

export const snapshotLiaisonSchema = z.object({
  reference: z.string(),
  title: z.string(),
  direction: z.enum(LIAISON_DIRECTIONS),
  purpose: z.enum(LIAISON_PURPOSES),
  state: z.enum(LIAISON_STATES),
  date,
  deadline: date.nullable(),
  from: z.string().meta({ description: 'Group path' }),
  to: z.array(z.string()),
  inReplyTo: z.string().nullable(),
  documentUrl: z.string().nullable(),
  workItems: z.array(z.string()).meta({ description: 'Identifiers' }),
});
export type SnapshotLiaison = z.output<typeof snapshotLiaisonSchema>;

export const snapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    year: z.number().int(),
    revision: z.number().int(),
    title: z.string().meta({ example: 'IMT-2020 and IMT-2030 standardization roadmap, 2026 edition' }),
    takenAt: z.string().meta({ description: 'When the snapshot was taken (ISO 8601, UTC)' }),
    scope: editionScopeSchema,
    bodies: z.array(
      z.object({ slug: z.string(), name: z.string(), fullName: z.string(), url: z.string().nullable() }),
    ),
    groups: z.array(
      z.object({
        path: z.string(),
        code: z.string(),
        name: z.string(),
        body: z.string(),
        url: z.string().nullable(),
      }),
    ),
    topics: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })),
    items: z.array(snapshotItemSchema),
    liaisons: z.array(snapshotLiaisonSchema),
  })
  .meta({ id: 'EditionSnapshot', title: 'IMT roadmap edition snapshot' });
export type Snapshot = z.output<typeof snapshotSchema>;

/** The JSON Schema (2020-12) of the JSON download. */
export function snapshotJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(snapshotSchema, { target: 'draft-2020-12', io: 'output' });
}

/** "2026 edition", "2026 edition, Corrigendum 1". */
export function editionLabel(year: number, revision: number): string {
  return revision === 0 ? `${year} edition` : `${year} edition, Corrigendum ${revision}`;
}

/** Whether an item falls in a scope (IMT2020/IMT2030 items of "BOTH" generations belong to either). */
export function inScope(
  item: Pick<SnapshotItem, 'generation' | 'body' | 'topics'>,
  scope: EditionScope,
): boolean {
  const generationOk =
    scope.generations.length === 0 ||
    item.generation === 'BOTH' ||
    scope.generations.includes(item.generation);
  const bodyOk = scope.bodies.length === 0 || scope.bodies.includes(item.body);
  const topicOk = scope.topics.length === 0 || item.topics.some((t) => scope.topics.includes(t));
  return generationOk && bodyOk && topicOk;
}
