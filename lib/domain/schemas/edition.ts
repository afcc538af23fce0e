// Inputs of the edition workflow (API, form, script).
import { z } from 'zod';
import { editionScopeSchema } from '../edition/snapshot';
import { auditComment } from './fields';

export const editionYear = z
  .number({ error: 'must be a year such as 2026' })
  .int('must be a whole year')
  .min(2016, 'must be 2016 or later (Resolution 92 dates from 2016)')
  .max(2200, 'must be before 2200');

/** The number TSB assigned to the Supplement: 84 for "Supplement 84". */
export const supplementNumber = z
  .number({ error: 'must be the number TSB assigned, e.g. 84' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(9999, 'must be at most 9999')
  .meta({
    description:
      'The number TSB assigned to the Supplement (84 for "Supplement 84"); until then the document says "Supplement XX"',
  });

export const createEditionSchema = z
  .strictObject({
    year: editionYear,
    scope: editionScopeSchema.optional(),
    /** Supersede the year's published edition with a corrigendum (a new revision). */
    corrigendum: z.boolean({ error: 'must be true or false' }).optional().default(false),
    /** A corrigendum keeps its edition's number unless given. */
    supplementNumber: supplementNumber.optional(),
    comment: auditComment,
  })
  .meta({ id: 'EditionCreate' });
export type CreateEditionInput = z.output<typeof createEditionSchema>;

/** refresh and publish: optionally the draft's version, so that a stale page cannot publish. */
export const editionActionSchema = z
  .strictObject({
    version: z.number({ error: 'must be a number' }).int().min(1).optional(),
    /** refresh only: set the Supplement number once TSB has assigned it. */
    supplementNumber: supplementNumber.optional(),
    comment: auditComment,
  })
  .meta({ id: 'EditionAction' });
