// How fresh a work item's entry is: when a rapporteur last confirmed it is current ("Last
// verified"). An entry not verified for STALE_AFTER_MONTHS calendar months (UTC) is stale.

export const STALE_AFTER_MONTHS = 6;

/** The same instant `months` calendar months earlier in UTC; a day the month lacks becomes its last. */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const out = new Date(now.getTime());
  out.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return out;
}

/** Entries last verified before this instant (or never) are stale. */
export function staleCutoff(now: Date = new Date()): Date {
  return monthsBefore(now, STALE_AFTER_MONTHS);
}

export function isStale(lastVerifiedAt: string | null, now: Date = new Date()): boolean {
  return lastVerifiedAt === null || new Date(lastVerifiedAt).getTime() < staleCutoff(now).getTime();
}

/** Whole calendar months from `from` to `to` (UTC), never negative. */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (months > 0 && monthsBefore(to, months).getTime() < from.getTime()) months -= 1;
  return Math.max(0, months);
}

export interface Freshness {
  stale: boolean;
  /** "Verified today", "Verified 12 days ago", "Verified 3 months ago", "Never verified". */
  label: string;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function freshness(lastVerifiedAt: string | null, now: Date = new Date()): Freshness {
  if (lastVerifiedAt === null) return { stale: true, label: 'Never verified' };
  const at = new Date(lastVerifiedAt);
  const stale = isStale(lastVerifiedAt, now);
  const months = monthsBetween(at, now);
  if (months >= 12) return { stale, label: `Verified ${plural(Math.floor(months / 12), 'year')} ago` };
  if (months >= 1) return { stale, label: `Verified ${plural(months, 'month')} ago` };
  const days = Math.max(0, Math.floor((now.getTime() - at.getTime()) / 86_400_000));
  return { stale, label: days === 0 ? 'Verified today' : `Verified ${plural(days, 'day')} ago` };
}
