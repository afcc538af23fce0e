// What the API answers, as zod schemas: they describe the responses in the OpenAPI document, and a
// test parses real responses with them so that the description cannot drift from the code.
import { z } from 'zod';
import { API_ERROR_CODES } from '../errors';
import { DOCUMENT_KINDS, GENERATIONS } from '../labels';
import { LIAISON_DIRECTIONS, LIAISON_PURPOSES, LIAISON_STATES } from '../liaison-filters';
import { PROCESSES, STAGES } from '../lifecycle';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'UTC date YYYY-MM-DD', example: '2026-07-01' });
const nullableDate = date.nullable();

export const errorResponse = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z
        .string()
        .meta({ description: 'For people: what is wrong and, for a 409, what changed meanwhile' }),
      field: z.string().optional().meta({
        description: 'The field at fault, as a dotted path ("editors.0.email"; "body" for the whole body)',
      }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: 'Every bad field with its message, when there are several' }),
    }),
  })
  .meta({ id: 'Error' });

export const workItemResponse = z
  .object({
    identifier: z.string().meta({ example: 'Y.3101' }),
    workingName: z.string().nullable(),
    number: z.string().nullable(),
    title: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    generation: z.enum(GENERATIONS),
    body: z.object({ slug: z.string(), name: z.string() }),
    group: z.object({ code: z.string(), name: z.string(), path: z.string() }),
    process: z.enum(PROCESSES),
    status: z.object({ code: z.string(), name: z.string() }),
    stage: z.enum(STAGES),
    topics: z.array(z.object({ slug: z.string(), name: z.string() })),
    startDate: nullableDate,
    targetDate: nullableDate,
    approvedDate: nullableDate,
    documentVersion: z.string().nullable(),
    summary: z.string(),
    editors: z.array(
      z.object({
        name: z.string(),
        affiliation: z.string().nullable(),
        email: z.string().nullable(),
        role: z.string(),
      }),
    ),
    baseTextUrl: z.string().nullable(),
    publicationUrl: z.string().nullable(),
    synthetic: z.boolean(),
    version: z
      .number()
      .int()
      .meta({ description: 'Send it back with your next write (optimistic concurrency)' }),
    updatedAt: z.string(),
    lastVerifiedAt: z.string().nullable().optional(),
  })
  .meta({ id: 'WorkItem' });

export const workItemDetailResponse = workItemResponse
  .extend({
    history: z.array(
      z.object({
        fromCode: z.string().nullable(),
        fromName: z.string().nullable(),
        toCode: z.string(),
        toName: z.string(),
        stage: z.enum(STAGES),
        date,
        reference: z.string().nullable(),
        note: z.string().nullable(),
        recordedBy: z.string().nullable(),
      }),
    ),
    relations: z.array(
      z.object({
        type: z.string(),
        label: z.string(),
        note: z.string().nullable(),
        item: z.object({ identifier: z.string(), title: z.string() }).loose(),
      }),
    ),
    liaisons: z.array(z.object({ reference: z.string(), title: z.string() }).loose()),
    previousIdentifiers: z.array(z.string()),
  })
  .meta({ id: 'WorkItemDetail' });

export const workItemListResponse = z
  .object({
    items: z.array(workItemResponse),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'WorkItemPage' });

const groupRef = z.object({ body: z.string(), code: z.string(), name: z.string(), path: z.string() });

export const liaisonResponse = z
  .object({
    reference: z.string().meta({ example: 'SG13-LS123' }),
    title: z.string(),
    direction: z.enum(LIAISON_DIRECTIONS),
    purpose: z.enum(LIAISON_PURPOSES),
    state: z.enum(LIAISON_STATES),
    date,
    deadline: nullableDate,
    documentUrl: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    from: groupRef,
    to: z.array(groupRef),
    inReplyTo: z.string().nullable(),
    replies: z.array(z.string()),
    workItems: z.array(z.object({ identifier: z.string(), title: z.string() })),
  })
  .meta({ id: 'Liaison' });

export const liaisonListResponse = z
  .object({ liaisons: z.array(liaisonResponse), total: z.number().int(), limit: z.number().int() })
  .meta({ id: 'LiaisonList' });

const fieldChange = z.object({ before: z.unknown(), after: z.unknown() });
export const importResponse = z
  .object({
    create: z.array(z.object({ line: z.number().int(), identifier: z.string() }).loose()),
    update: z.array(
      z
        .object({
          line: z.number().int(),
          identifier: z.string(),
          changes: z.record(z.string(), fieldChange),
        })
        .loose(),
    ),
    unchanged: z.number().int(),
    errors: z.array(
      z.object({ line: z.number().int(), column: z.string().nullable().optional(), message: z.string() }),
    ),
    previewToken: z.string().nullable().optional().meta({
      description:
        'A dry run without errors: send it back as `previewToken` to apply exactly this preview (kept for an hour)',
    }),
  })
  .loose()
  .meta({ id: 'ImportResult' });

export const importConflictResponse = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
    conflicts: z.array(z.object({ line: z.number().int(), identifier: z.string() })),
  })
  .meta({ id: 'ImportConflict' });
