// The one schema for recording a liaison statement (form, API).
import { z } from 'zod';
import {
  auditComment,
  baseVersion,
  groupPath,
  isoDate,
  line,
  optionalDate,
  optionalLine,
  optionalUrl,
} from './fields';

import { LIAISON_DIRECTIONS, LIAISON_PURPOSES, LIAISON_STATES } from '../liaison-filters';

const reference = line({ max: 80 }).refine(
  (s) => !/[/?#%\\]/.test(s),
  'must not contain / ? # % \\ (it is part of the liaison’s address)',
);

const fields = {
  title: line({ max: 500 }),
  direction: z.enum(LIAISON_DIRECTIONS, { error: `must be one of ${LIAISON_DIRECTIONS.join(', ')}` }),
  purpose: z.enum(LIAISON_PURPOSES, { error: `must be one of ${LIAISON_PURPOSES.join(', ')}` }),
  /** The sending group's path. */
  from: groupPath,
  /** The receiving groups' paths. */
  to: z
    .array(groupPath, { error: 'must be a list of group paths' })
    .min(1, 'must name at least one group')
    .max(30, 'must name at most 30 groups'),
  date: isoDate,
  /** Reply deadline (UTC date). */
  deadline: optionalDate,
  state: z.enum(LIAISON_STATES, { error: `must be one of ${LIAISON_STATES.join(', ')}` }),
  /** Reference of the liaison this one replies to. */
  inReplyTo: optionalLine(80),
  documentUrl: optionalUrl,
  /** Identifiers of the work items it concerns. */
  workItems: z
    .array(line({ max: 120 }), { error: 'must be a list of work item identifiers' })
    .max(100, 'must list at most 100 work items'),
};
type FieldSchemas = typeof fields;

function checkDates(value: { date?: string; deadline?: string | null }, ctx: z.RefinementCtx) {
  if (value.date && value.deadline && value.deadline < value.date) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'must not be before the date' });
  }
}

export const createLiaisonSchema = z
  .strictObject({
    reference,
    ...fields,
    deadline: fields.deadline.optional().default(null),
    state: fields.state.optional().default('OPEN'),
    inReplyTo: fields.inReplyTo.optional().default(null),
    documentUrl: fields.documentUrl.optional().default(null),
    workItems: fields.workItems.optional().default([]),
    comment: auditComment,
  })
  .superRefine(checkDates);
export type CreateLiaisonInput = z.output<typeof createLiaisonSchema>;

export type LiaisonFields = z.output<z.ZodObject<typeof fields>>;

const optionalFields = Object.fromEntries(
  Object.entries(fields).map(([k, schema]) => [k, schema.optional()]),
) as { [K in keyof FieldSchemas]: z.ZodOptional<FieldSchemas[K]> };

export const updateLiaisonSchema = z
  .strictObject({ version: baseVersion, comment: auditComment, ...optionalFields })
  .superRefine(checkDates);
export type UpdateLiaisonInput = z.output<typeof updateLiaisonSchema>;
