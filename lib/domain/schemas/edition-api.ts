// The JSON answers of the edition endpoints, for the OpenAPI description (lib/server/openapi.ts);
// app/api/editions.db.test.ts checks the real answers against them.
import { z } from 'zod';
import { editionScopeSchema } from '../edition/snapshot';

const ref = z.object({ year: z.number().int(), revision: z.number().int() }).nullable();

export const editionResponseSchema = z
  .object({
    year: z.number().int(),
    revision: z.number().int().meta({ description: '0 for the edition, n for its corrigendum n' }),
    label: z.string().meta({ example: '2026 edition' }),
    status: z.enum(['DRAFT', 'PUBLISHED']),
    supplementNumber: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The number TSB assigned (84 for "Supplement 84"); null until then' }),
    scope: editionScopeSchema,
    snapshotAt: z.string().meta({ description: 'When the snapshot was taken (ISO 8601)' }),
    itemCount: z.number().int(),
    contentHash: z.string().meta({ description: 'SHA-256 of the snapshot without its time' }),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
    createdBy: z.string(),
    version: z.number().int().meta({ description: 'Send it back with refresh or publish' }),
    supersedes: ref.meta({ description: 'The edition this corrigendum corrects' }),
    supersededBy: ref.meta({ description: 'The corrigendum that corrects this edition' }),
    links: z.object({
      page: z.string(),
      changes: z.string(),
      docx: z.string(),
      xlsx: z.string(),
      pdf: z.string(),
      json: z.string(),
    }),
  })
  .meta({ id: 'Edition' });

export const editionListResponseSchema = z
  .object({ editions: z.array(editionResponseSchema) })
  .meta({ id: 'EditionList' });
