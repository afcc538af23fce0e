// Inputs of the edition workflow (API, form, script).
import { z } from 'zod';
import { editionScopeSchema } from '../edition/snapshot';
import { auditComment } from './fields';

export const editionYear = z
  .number({ error: 'must be a year such as 2026' })
  .int('must be a whole year')
  .min(2016, 'must be 2016 or later (Resolution 92 dates from 2016)')
  .max(2200, 'must be before 2200');

export const createEditionSchema = z
  .strictObject({
    year: editionYear,
    scope: editionScopeSchema.optional(),
    /** Supersede the year's published edition with a corrigendum (a new revision). */
    corrigendum: z.boolean({ error: 'must be true or false' }).optional().default(false),
    comment: auditComment,
  })
  .meta({ id: 'EditionCreate' });
export type CreateEditionInput = z.output<typeof createEditionSchema>;

/** refresh and publish: optionally the draft's version, so that a stale page cannot publish. */
export const editionActionSchema = z
  .strictObject({
    version: z.number({ error: 'must be a number' }).int().min(1).optional(),
    comment: auditComment,
  })
  .meta({ id: 'EditionAction' });
