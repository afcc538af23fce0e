// The one schema for writing a work item: used by the form (browser and Server Action), the write
// API and the spreadsheet import. Unknown fields are refused, so a typo is an error, not a no-op.
import { z } from 'zod';
import { DOCUMENT_KINDS, GENERATIONS } from '../labels';
import { PROCESSES } from '../lifecycle';
import { identifierProblem } from '../identifier';
import {
  auditComment,
  baseVersion,
  groupPath,
  isoDate,
  line,
  optionalDate,
  optionalLine,
  optionalUrl,
  paragraph,
} from './fields';

export const EDITOR_ROLES = ['EDITOR', 'CO_EDITOR', 'RAPPORTEUR', 'AUTHOR'] as const;
export const RELATION_TYPES = ['EQUIVALENT', 'ALIGNED_WITH', 'BASED_ON', 'REFERENCES', 'SUPERSEDES'] as const;

const identifierText = line({ max: 120 }).superRefine((s, ctx) => {
  const problem = identifierProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const optionalIdentifier = z
  .union([z.literal(''), z.null(), identifierText], { error: 'must be text or null' })
  .transform((s) => (s ? s : null));

export const editorSchema = z.strictObject({
  name: line({ max: 200 }),
  affiliation: optionalLine(200)
    .optional()
    .transform((s) => s ?? null),
  email: z
    .union([z.literal(''), z.null(), z.email({ error: 'must be an e-mail address' }).max(254)], {
      error: 'must be an e-mail address or null',
    })
    .optional()
    .transform((s) => (s ? s.toLowerCase() : null)),
  role: z.enum(EDITOR_ROLES, { error: `must be one of ${EDITOR_ROLES.join(', ')}` }).default('EDITOR'),
});

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES, { error: `must be one of ${RELATION_TYPES.join(', ')}` }),
  /** The related item's identifier (any body). */
  identifier: identifierText,
  note: optionalLine(500)
    .optional()
    .transform((s) => s ?? null),
});

// Each field as it may appear in a write; absent fields of a new item get defaults (createFields).
const fields = {
  workingName: optionalIdentifier.meta({ description: 'Working name during drafting, e.g. Y.IMT2030-arch' }),
  number: optionalIdentifier.meta({
    description:
      'Final number, e.g. Y.3101, TS 23.501, RFC 9543; the identifier is the number once known, else the working name',
  }),
  title: line({ max: 500 }),
  kind: z.enum(DOCUMENT_KINDS, { error: `must be one of ${DOCUMENT_KINDS.join(', ')}` }),
  generation: z.enum(GENERATIONS, { error: `must be one of ${GENERATIONS.join(', ')}` }),
  group: groupPath.meta({
    description: 'Path of the responsible group, e.g. itu-t/sg13/wp1/q6-13',
    example: 'itu-t/sg13/wp1/q6-13',
  }),
  topics: z
    .array(line({ max: 80 }), { error: 'must be a list of topic slugs' })
    .max(30, 'must list at most 30 topics')
    .meta({ description: 'Topic slugs, e.g. network-slicing (see /about)' }),
  startDate: optionalDate.meta({ description: 'Start of the work (UTC date)' }),
  targetDate: optionalDate.meta({ description: 'Target date of approval or publication (UTC date)' }),
  approvedDate: optionalDate.meta({ description: 'Approval, change control or publication date (UTC date)' }),
  summary: paragraph(10_000),
  baseTextUrl: optionalUrl,
  publicationUrl: optionalUrl,
  documentVersion: optionalLine(40).meta({ description: 'The document’s own version, e.g. 18.6.0 (3GPP)' }),
  editors: z
    .array(editorSchema, { error: 'must be a list of editors' })
    .max(50, 'must list at most 50 editors'),
  relations: z
    .array(relationSchema, { error: 'must be a list of relations' })
    .max(100, 'must list at most 100 relations'),
};

type FieldSchemas = typeof fields;
const optionalFields = Object.fromEntries(
  Object.entries(fields).map(([k, schema]) => [k, schema.optional()]),
) as { [K in keyof FieldSchemas]: z.ZodOptional<FieldSchemas[K]> };
const createFields = {
  ...fields,
  workingName: fields.workingName.optional().default(null),
  number: fields.number.optional().default(null),
  topics: fields.topics.optional().default([]),
  startDate: fields.startDate.optional().default(null),
  targetDate: fields.targetDate.optional().default(null),
  approvedDate: fields.approvedDate.optional().default(null),
  summary: fields.summary.optional().default(''),
  baseTextUrl: fields.baseTextUrl.optional().default(null),
  publicationUrl: fields.publicationUrl.optional().default(null),
  documentVersion: fields.documentVersion.optional().default(null),
  editors: fields.editors.optional().default([]),
  relations: fields.relations.optional().default([]),
};

type DatedFields = { startDate?: string | null; targetDate?: string | null; approvedDate?: string | null };
type NamedFields = { workingName?: string | null; number?: string | null };

/** Rules across fields; in a PATCH only the fields present are compared (the command checks the result). */
function checkWhole(value: DatedFields & NamedFields, ctx: z.RefinementCtx) {
  if (value.workingName === null && value.number === null) {
    ctx.addIssue({ code: 'custom', path: ['number'], message: 'give a number or a working name' });
  }
  if (value.startDate && value.targetDate && value.targetDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'must not be before the start date' });
  }
  if (value.startDate && value.approvedDate && value.approvedDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['approvedDate'], message: 'must not be before the start date' });
  }
}

/** POST /api/items, the "new item" form, and a new row of an import. */
export const createWorkItemSchema = z
  .strictObject({
    ...createFields,
    process: z.enum(PROCESSES, { error: `must be one of ${PROCESSES.join(', ')}` }),
    /** The item's first status, a code of its process (e.g. "UNDER_STUDY"). */
    status: line({ max: 40 }).meta({
      description: 'First status: a status code of the process, e.g. UNDER_STUDY',
    }),
    comment: auditComment,
  })
  .superRefine(checkWhole);

export type CreateWorkItemInput = z.output<typeof createWorkItemSchema>;

/**
 * PATCH /api/items/<identifier> and the edit form: any subset of the fields plus the version it is
 * based on. Status has its own action (lifecycle rules); process is fixed once an item exists.
 */
export const updateWorkItemSchema = z
  .strictObject({ version: baseVersion, comment: auditComment, ...optionalFields })
  .superRefine(checkWhole);

export type WorkItemFields = z.output<z.ZodObject<typeof fields>>;
export type UpdateWorkItemInput = z.output<typeof updateWorkItemSchema>;

/** POST /api/items/<identifier>/status and the status form. */
export const changeStatusSchema = z.strictObject({
  version: baseVersion,
  status: line({ max: 40 }),
  /** The day the change took effect (UTC). */
  date: isoDate,
  /** Meeting or document reference, e.g. "SG13 meeting, Geneva, 2026-07" or "TD 123/PLEN". */
  reference: optionalLine(300).optional().default(null),
  note: optionalLine(2000).optional().default(null),
  comment: auditComment,
});
export type ChangeStatusInput = z.output<typeof changeStatusSchema>;

/** "Last verified": the item is current as it is. */
export const verifyWorkItemSchema = z.strictObject({ version: baseVersion, comment: auditComment });

/** Admins only; the identifier typed again as confirmation. */
export const deleteWorkItemSchema = z.strictObject({
  version: baseVersion,
  confirm: line({ max: 120 }),
  comment: auditComment,
});

export { checkWhole as checkWorkItemWhole };
