// Shorthands for the status histories that recur in the demo data. Where only the publication of a
// document is on record, its history starts there instead of inventing the earlier steps.
import type { HistoryStep, RecordDate } from '../types.ts';

const FROM_PUBLICATION = 'Recorded from the published edition; earlier steps are not in the demo data.';

export const itu = (number: string) => `https://www.itu.int/rec/T-REC-${number}`;
export const ituR = (number: string) => `https://www.itu.int/rec/R-REC-${number}`;
export const threeGpp = (number: string) =>
  `https://www.3gpp.org/ftp/Specs/archive/${number.slice(0, 2)}_series/${number}`;
export const datatracker = (name: string) => `https://datatracker.ietf.org/doc/${name}/`;

/** An ITU-T Recommendation known from its published edition (AAP or TAP). */
export function approved(date: RecordDate, reference?: string): HistoryStep[] {
  return [{ to: 'APPROVED', date, reference, note: FROM_PUBLICATION }];
}

/** An ITU-T Supplement, Technical Report or Technical Paper known from its publication. */
export function agreed(date: RecordDate, reference?: string): HistoryStep[] {
  return [{ to: 'AGREED', date, reference, note: FROM_PUBLICATION }];
}

/** A document of ETSI, IEEE, BBF, O-RAN or ITU-R known from its publication. */
export function published(date: RecordDate, reference?: string): HistoryStep[] {
  return [{ to: 'PUBLISHED', date, reference, note: FROM_PUBLICATION }];
}

/** A 3GPP specification known from its first version under change control. */
export function underChangeControl(date: RecordDate, reference?: string): HistoryStep[] {
  return [{ to: 'UNDER_CHANGE_CONTROL', date, reference, note: FROM_PUBLICATION }];
}

/**
 * An AAP Recommendation with its consent and approval dates from the ITU-T AAP database. Last call
 * follows consent by a few weeks; its start is not recorded here, so it carries the consent date.
 */
export function aapRecord(record: {
  consented: RecordDate;
  consentReference: string;
  approved?: RecordDate;
}): HistoryStep[] {
  const steps: HistoryStep[] = [
    { to: 'CONSENTED', date: record.consented, reference: record.consentReference },
    {
      to: 'LAST_CALL',
      date: record.consented,
      note: 'Last call followed consent; its start date is not recorded in the demo data.',
    },
  ];
  if (record.approved) steps.push({ to: 'APPROVED', date: record.approved, reference: 'ITU-T AAP' });
  return steps;
}
