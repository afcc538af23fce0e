// Dates of the demo data: calendar days in UTC, as precise as the public record (see RecordDate).
import type { RecordDate } from './types.ts';

export type DatePrecision = 'day' | 'month' | 'year';

/** Midnight UTC of a calendar day: utcDate('2020-05-29'). */
export function utcDate(isoDay: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`"${isoDay}" is not a YYYY-MM-DD date`);
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDay)
    throw new Error(`"${isoDay}" is not a calendar day`);
  return date;
}

export function parseRecordDate(value: RecordDate): { date: Date; precision: DatePrecision } {
  if (/^\d{4}$/.test(value)) return { date: utcDate(`${value}-01-01`), precision: 'year' };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: utcDate(`${value}-01`), precision: 'month' };
  return { date: utcDate(value), precision: 'day' };
}

export function recordDate(value: RecordDate): Date {
  return parseRecordDate(value).date;
}

/** What a status change says about a date known only to the month or year. */
export function precisionNote(precision: DatePrecision): string | null {
  if (precision === 'month') return 'Only the month is on record; the first of the month stands for the day.';
  if (precision === 'year') return 'Only the year is on record; 1 January stands for the day.';
  return null;
}
