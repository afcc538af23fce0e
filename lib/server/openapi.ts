import 'server-only';
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import { MAX_PAGE_SIZE, SORTS } from '@/lib/domain/roadmap-filters';
import {
  errorResponse,
  importConflictResponse,
  importResponse,
  liaisonListResponse,
  liaisonResponse,
  workItemDetailResponse,
  workItemListResponse,
} from '@/lib/domain/schemas/api-responses';
import { createLiaisonSchema, updateLiaisonSchema } from '@/lib/domain/schemas/liaison';
import {
  changeStatusSchema,
  createWorkItemSchema,
  updateWorkItemSchema,
  verifyWorkItemSchema,
} from '@/lib/domain/schemas/work-item';
import { editionPaths } from './openapi-editions';

// The OpenAPI 3.1 description of the whole API, generated from the same zod schemas that validate
// every write (served at /api/openapi.json and shown at /api-reference).

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(errorResponse) });

const WRITE_ERRORS = {
  '400': error('Bad input: `field` names the field, `message` says what is wrong'),
  '401': error('No valid API token (or session)'),
  '403': error("The token's owner may not change this group's work"),
  '404': error('No such item or liaison'),
  '409': error('Stale `version` (the message says what changed meanwhile), or an identifier already used'),
  '413': error('Body larger than 1 MB'),
  '422': error('Refers to an unknown group, topic, status or item, or breaks the lifecycle'),
} as const;

const identifierParam = {
  path: z.object({
    identifier: z.string().meta({ description: 'Current or former identifier', example: 'Y.3101' }),
  }),
};
const referenceParam = {
  path: z.object({ reference: z.string().meta({ description: 'Liaison reference', example: 'SG13-LS123' }) }),
};

const many = z.string().optional();
const roadmapQuery = z.object({
  q: z.string().optional().meta({ description: 'Full-text search over identifiers, titles and summaries' }),
  body: many.meta({ description: 'Body slug (repeatable), e.g. itu-t, 3gpp' }),
  group: many.meta({ description: 'Group path (repeatable; includes subgroups), e.g. itu-t/sg13' }),
  topic: many.meta({ description: 'Topic slug (repeatable)' }),
  stage: many.meta({
    description:
      'Common stage (repeatable): planned, drafting, under-approval, approved, withdrawn, superseded',
  }),
  status: many.meta({ description: 'Native status code (repeatable)' }),
  generation: many.meta({ description: 'imt-2020 or imt-2030 (repeatable)' }),
  kind: many.meta({ description: 'Document kind slug (repeatable)' }),
  year: many.meta({ description: 'Target or approval year (repeatable)' }),
  sort: z.enum(SORTS.flatMap((s) => [s, `-${s}`]) as [string, ...string[]]).optional(),
  page: z.string().optional().meta({ description: 'Page number, from 1' }),
  pageSize: z
    .string()
    .optional()
    .meta({ description: `Items per page, at most ${MAX_PAGE_SIZE}` }),
});

const bearer = [{ bearerAuth: [] }];

function write(
  summary: string,
  description: string,
  body: z.ZodType,
  ok: Record<string, unknown>,
): ZodOpenApiOperationObject {
  return {
    summary,
    description,
    security: bearer,
    requestBody: { required: true, ...json(body) },
    responses: { ...ok, ...WRITE_ERRORS },
  };
}

export function openApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'IMT Roadmap API',
      version: '1.0.0',
      description:
        'The roadmap of standardization of the non-radio aspects of IMT-2020 and IMT-2030 (WTSA Resolution 92). ' +
        'Reading needs no account. Writing needs a personal API token (create one on your account page) sent as ' +
        '`Authorization: Bearer <token>`; it acts with its owner’s roles. Every write of an existing item or liaison ' +
        'carries the `version` it was based on and is refused with 409 when that is stale.',
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'Personal API token (imt_…)' },
      },
    },
    paths: {
      '/api/items': {
        get: {
          summary: 'List work items',
          description: 'The roadmap with the same filters as the page `/`.',
          requestParams: { query: roadmapQuery },
          responses: {
            '200': { description: 'One page of items', ...json(workItemListResponse) },
            '400': error('Bad parameter'),
          },
        },
        post: write(
          'Create a work item',
          'Creates an item with its first status (recorded in its history).',
          createWorkItemSchema,
          {
            '201': { description: 'Created (Location: its URL)', ...json(workItemDetailResponse) },
          },
        ),
      },
      '/api/items/{identifier}': {
        get: {
          summary: 'One work item',
          description:
            'With its status history, relations and liaisons. A former identifier answers 308 to the current one.',
          requestParams: identifierParam,
          responses: {
            '200': { description: 'The item', ...json(workItemDetailResponse) },
            '308': { description: 'Renamed: follow Location' },
            '404': error('No such item'),
          },
        },
        patch: {
          ...write(
            'Change a work item',
            'Any subset of the fields, plus the `version` it is based on. Status changes have their own endpoint. Renaming (number or working name) keeps the old identifier as a redirect.',
            updateWorkItemSchema.meta({ id: 'WorkItemPatch' }),
            { '200': { description: 'The item after the change', ...json(workItemDetailResponse) } },
          ),
          requestParams: identifierParam,
        },
      },
      '/api/items/{identifier}/status': {
        post: {
          ...write(
            'Change the status of a work item',
            'Only the statuses the item’s lifecycle allows next (see /about); records the date, meeting/reference and note in its history.',
            changeStatusSchema.meta({ id: 'StatusChange' }),
            { '200': { description: 'The item after the change', ...json(workItemDetailResponse) } },
          ),
          requestParams: identifierParam,
        },
      },
      '/api/items/{identifier}/verify': {
        post: {
          ...write(
            'Mark a work item as verified',
            'Records that the entry is current as it is ("last verified").',
            verifyWorkItemSchema,
            {
              '200': { description: 'The item', ...json(workItemDetailResponse) },
            },
          ),
          requestParams: identifierParam,
        },
      },
      '/api/items.csv': {
        get: {
          summary: 'Download work items as CSV',
          description:
            'The roadmap spreadsheet format (see the README); same filters as GET /api/items, all pages.',
          requestParams: { query: roadmapQuery.omit({ page: true, pageSize: true }) },
          responses: {
            '200': { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
            '400': error('Bad parameter'),
          },
        },
      },
      '/api/items.xlsx': {
        get: {
          summary: 'Download work items as XLSX',
          description: 'The same columns as the CSV, with real date cells, a frozen header row and filters.',
          requestParams: { query: roadmapQuery.omit({ page: true, pageSize: true }) },
          responses: {
            '200': {
              description: 'XLSX',
              content: {
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                  schema: z.string().meta({ format: 'binary' }),
                },
              },
            },
            '400': error('Bad parameter'),
          },
        },
      },
      '/api/import': {
        post: {
          summary: 'Import a CSV or XLSX file into a group',
          description:
            'The file is the request body. With `dryRun=1` nothing is written and the answer previews what would be created, changed (field by field) and left alone, with a `previewToken` when it has no errors. Without it the import is all-or-nothing: any error answers 422 with the same preview and writes nothing. An apply that sends `previewToken` (same person, file, group and comment) writes exactly what that preview showed, or answers 409 with the lines whose items changed since and writes nothing. Re-importing the same file changes nothing.',
          security: bearer,
          requestParams: {
            query: z.object({
              group: z.string().meta({
                description: 'Group path the rows belong to (or its subgroups)',
                example: 'itu-t/sg13/wp1/q6-13',
              }),
              dryRun: z.enum(['1', '0', 'true', 'false']).optional(),
              previewToken: z
                .string()
                .optional()
                .meta({ description: 'The `previewToken` of a dry run of the same file, group and comment' }),
              comment: z.string().optional().meta({ description: 'Why, for the audit trail' }),
            }),
          },
          requestBody: {
            required: true,
            content: {
              'text/csv': { schema: z.string() },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: z.string().meta({ format: 'binary' }),
              },
            },
          },
          responses: {
            '200': { description: 'Preview (dryRun) or what was applied', ...json(importResponse) },
            '422': {
              description: 'Errors: nothing written; the preview lists them by line and column',
              ...json(importResponse.extend({ error: errorResponse.shape.error })),
            },
            '400': error('Unreadable file or bad parameter'),
            '401': error('No valid API token'),
            '403': error('Not allowed to edit this group'),
            '409': {
              description:
                'previewToken: lines whose items changed since the preview (or the preview expired); nothing written',
              ...json(importConflictResponse),
            },
            '413': error('File too large'),
          },
        },
      },
      '/api/liaisons': {
        get: {
          summary: 'List liaison statements',
          description:
            'With the same filters as the page /liaisons (q, direction, state, purpose, group, due).',
          responses: {
            '200': { description: 'Liaisons', ...json(liaisonListResponse) },
            '400': error('Bad parameter'),
          },
        },
        post: write(
          'Record a liaison statement',
          'Incoming or outgoing, linked to work items.',
          createLiaisonSchema,
          {
            '201': { description: 'Recorded (Location: its URL)', ...json(liaisonResponse) },
          },
        ),
      },
      '/api/liaisons/{reference}': {
        get: {
          summary: 'One liaison statement',
          requestParams: referenceParam,
          responses: {
            '200': { description: 'The liaison', ...json(liaisonResponse) },
            '404': error('No such liaison'),
          },
        },
        patch: {
          ...write(
            'Change a liaison statement',
            'Any subset of the fields, plus the `version` it is based on.',
            updateLiaisonSchema,
            {
              '200': { description: 'The liaison after the change', ...json(liaisonResponse) },
            },
          ),
          requestParams: referenceParam,
        },
      },
      ...editionPaths,
      '/api/health': {
        get: {
          summary: 'Health check',
          responses: {
            '200': { description: 'The app and its database answer' },
            '503': { description: 'The database does not answer' },
          },
        },
      },
    },
  });
}
