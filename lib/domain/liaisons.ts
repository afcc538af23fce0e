// Rules about liaison statements' deadlines and how they are named on the page. Dates are UTC
// calendar dates ("YYYY-MM-DD"), compared as such: "today" is today's date in UTC.
import type { DueFilter, LiaisonDirection, LiaisonState } from './liaison-filters';

/** Open liaisons whose deadline falls within this many days from today are "due soon". */
export const UPCOMING_DAYS = 30;

export const LIAISON_DIRECTION_LABELS: Record<LiaisonDirection, string> = {
  INCOMING: 'Incoming',
  OUTGOING: 'Outgoing',
};

export const DUE_FILTER_LABELS: Record<DueFilter, string> = {
  OVERDUE: 'Overdue (open, deadline passed)',
  UPCOMING: `Due within ${UPCOMING_DAYS} days (open)`,
};

export type DeadlineStatus = 'overdue' | 'due-soon' | 'pending' | 'none';

/** Today's date in UTC, "YYYY-MM-DD". */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The UTC calendar date `days` after `iso` (negative for before). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where an open liaison stands against its deadline. Replied and closed liaisons, and those
 * without a deadline, have none: a passed deadline only matters while a reply is owed.
 */
export function deadlineStatus(
  liaison: { state: LiaisonState; deadline: string | null },
  today: string,
): DeadlineStatus {
  if (liaison.state !== 'OPEN' || !liaison.deadline) return 'none';
  const days = daysBetween(today, liaison.deadline);
  if (days < 0) return 'overdue';
  if (days <= UPCOMING_DAYS) return 'due-soon';
  return 'pending';
}

/** The deadline range a `due` filter selects, as inclusive UTC dates (open liaisons only). */
export function dueRange(due: DueFilter, today: string): { from?: string; to: string } {
  if (due === 'OVERDUE') return { to: addDays(today, -1) };
  return { from: today, to: addDays(today, UPCOMING_DAYS) };
}

/** The fragment identifier of a liaison on the list page (HTML ids cannot hold whitespace). */
export function liaisonAnchor(reference: string): string {
  return `ls-${reference.trim().replace(/\s+/g, '-')}`;
}
