import 'server-only';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { errorResponse } from '@/lib/domain/schemas/api-responses';
import { editionListResponseSchema, editionResponseSchema } from '@/lib/domain/schemas/edition-api';
import { createEditionSchema, editionActionSchema } from '@/lib/domain/schemas/edition';

// The annual editions in the OpenAPI description (spread into lib/server/openapi.ts): the workflow
// endpoints (coordinator token) and the public downloads.

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(errorResponse) });
const yearParam = {
  path: z.object({ year: z.string().meta({ description: 'The edition year', example: '2026' }) }),
};
const bearer = [{ bearerAuth: [] }];
const writeErrors = {
  '400': error('Bad input: `field` names the field'),
  '401': error('No valid API token'),
  '403': error('Only coordinators and admins manage editions'),
};
const binary = z.string().meta({ format: 'binary' });

const download = (format: string, type: string, schema: z.ZodType): ZodOpenApiPathsObject[string] => ({
  get: {
    summary: `Download an edition as ${format}`,
    description:
      'The latest published revision of the year (`revision` picks a text a corrigendum superseded; `draft=1` the draft, for coordinators). Published editions never change: `Cache-Control: immutable` and an `ETag`.',
    requestParams: {
      ...yearParam,
      query: z.object({
        revision: z.string().optional().meta({ description: 'A published revision (0 = the original text)' }),
        draft: z.enum(['1']).optional().meta({ description: 'The draft (coordinators only)' }),
      }),
    },
    responses: {
      '200': { description: format, content: { [type]: { schema } } },
      '304': { description: 'Not modified (If-None-Match)' },
      '401': error('`draft=1` without a session or token'),
      '403': error('`draft=1` for someone who does not manage editions'),
      '404': error('No such (published) edition'),
    },
  },
});

const action = (summary: string, description: string): ZodOpenApiPathsObject[string] => ({
  post: {
    summary,
    description,
    security: bearer,
    requestParams: yearParam,
    requestBody: { required: false, ...json(editionActionSchema) },
    responses: {
      '200': { description: 'The edition', ...json(editionResponseSchema) },
      ...writeErrors,
      '404': error('No edition of this year'),
      '409': error('The edition is published (create a corrigendum), or `version` is stale'),
    },
  },
});

export const editionPaths: ZodOpenApiPathsObject = {
  '/api/editions': {
    get: {
      summary: 'List the annual editions',
      description: 'Published editions, newest first. `drafts=1` adds the drafts (coordinators only).',
      requestParams: { query: z.object({ drafts: z.enum(['1']).optional() }) },
      responses: { '200': { description: 'Editions', ...json(editionListResponseSchema) } },
    },
    post: {
      summary: 'Create the draft edition of a year',
      description:
        'Takes a snapshot of every work item, relation, status history and liaison in the scope (default: everything). With `corrigendum: true`, a new draft revision that will supersede the published edition of the year.',
      security: bearer,
      requestBody: { required: true, ...json(createEditionSchema) },
      responses: {
        '201': { description: 'Created (Location: its URL)', ...json(editionResponseSchema) },
        ...writeErrors,
        '409': error('The year already has a draft, or is published (create a corrigendum)'),
        '422': error('`corrigendum` without a published edition to correct'),
      },
    },
  },
  '/api/editions/{year}': {
    get: {
      summary: 'One edition (without its snapshot)',
      requestParams: { ...yearParam, query: z.object({ draft: z.enum(['1']).optional() }) },
      responses: {
        '200': { description: 'The edition and the links to its documents', ...json(editionResponseSchema) },
        '404': error('No such (published) edition'),
      },
    },
  },
  '/api/editions/{year}/refresh': action(
    'Refresh a draft edition from live data',
    'Takes the snapshot again. Only the draft changes, never a published edition.',
  ),
  '/api/editions/{year}/publish': action(
    'Publish a draft edition',
    'From then on the edition never changes: the database refuses any update.',
  ),
  '/editions/{year}/supplement.docx': download(
    'DOCX',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    binary,
  ),
  '/editions/{year}/supplement.pdf': download('PDF', 'application/pdf', binary),
  '/editions/{year}/supplement.xlsx': download(
    'XLSX',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    binary,
  ),
  '/editions/{year}/supplement.json': download(
    'JSON (the snapshot; schema at /editions/schema.json)',
    'application/json',
    z.object({}).loose().meta({ description: 'See /editions/schema.json' }),
  ),
  '/editions/schema.json': {
    get: {
      summary: 'The JSON Schema (2020-12) of the JSON download',
      responses: { '200': { description: 'JSON Schema', ...json(z.object({}).loose()) } },
    },
  },
};
