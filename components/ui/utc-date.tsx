// A calendar date stored in UTC ("2024-03-15"), shown as such: never shifted into the reader's
// time zone, and machine-readable in <time>.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatUtcDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? '?'} ${year}`;
}

export function UtcDate({ date, fallback = '—' }: { date: string | null; fallback?: string }) {
  if (!date) return <span className="text-slate-500">{fallback}</span>;
  return (
    <time dateTime={date} className="whitespace-nowrap">
      {formatUtcDate(date)}
    </time>
  );
}
