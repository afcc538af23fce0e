// Calendar dates ("YYYY-MM-DD", UTC) as the database stores them: a Date at midnight UTC.

/** A stored date as "YYYY-MM-DD" (its UTC calendar date); null stays null. */
export function isoDate(date: Date): string;
export function isoDate(date: Date | null): string | null;
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** A "YYYY-MM-DD" date as the Date stored for it (midnight UTC); null or '' is null. */
export function utcDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}
