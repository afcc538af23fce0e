import { formatUtcDate } from '@/components/ui/utc-date';

/** An instant ("2025-05-02T14:03:00.000Z") shown as its UTC date and time. */
export function UtcTimestamp({ value }: { value: string }) {
  const time = value.slice(11, 16);
  return (
    <time dateTime={value}>
      <span className="whitespace-nowrap">{formatUtcDate(value.slice(0, 10))},</span>{' '}
      <span className="whitespace-nowrap">{time} UTC</span>
    </time>
  );
}
