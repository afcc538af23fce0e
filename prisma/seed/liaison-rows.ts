// The row of a liaison statement, built the same way for the demo data (write-links.ts) and for
// the tests' factories (lib/tooling/factories.ts). Its recipients and work items are rows of their own.
import { recordDate } from './record-date.ts';
import type { LiaisonSeed } from './types.ts';

/** A LiaisonSeed without its links (sender, recipients, reply, work items), which are ids here. */
export type LiaisonFacts = Pick<
  LiaisonSeed,
  'reference' | 'direction' | 'title' | 'purpose' | 'date' | 'state'
> &
  Partial<Pick<LiaisonSeed, 'deadline' | 'documentUrl'>>;

export function liaisonRow(
  liaison: LiaisonFacts,
  links: { fromGroupId: number; inReplyToId: number | null },
) {
  return {
    reference: liaison.reference,
    direction: liaison.direction,
    fromGroupId: links.fromGroupId,
    title: liaison.title,
    purpose: liaison.purpose,
    date: recordDate(liaison.date),
    deadline: liaison.deadline ? recordDate(liaison.deadline) : null,
    state: liaison.state,
    inReplyToId: links.inReplyToId,
    documentUrl: liaison.documentUrl ?? null,
  };
}

export type LiaisonRow = ReturnType<typeof liaisonRow>;
