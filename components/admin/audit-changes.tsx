import { showValue, type FieldChanges } from '@/lib/domain/field-changes';

// The changed fields of one audit event, before → after. Long values are cut, with the whole
// value one click away.

const LIMIT = 80;

function Value({ value, label }: { value: unknown; label: string }) {
  const text = showValue(value);
  if (text.length <= LIMIT) return <span className="break-words">{text}</span>;
  return (
    <details className="inline">
      <summary className="cursor-pointer break-words">
        {text.slice(0, LIMIT)}…{' '}
        <span className="text-brand-700 text-xs underline">
          show all<span className="sr-only"> of {label}</span>
        </span>
      </summary>
      <span className="block break-words whitespace-pre-wrap">{text}</span>
    </details>
  );
}

export function AuditChanges({ changes }: { changes: FieldChanges }) {
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="text-slate-600">No field changes</span>;
  return (
    <dl className="space-y-1">
      {entries.map(([field, change]) => (
        <div key={field}>
          <dt className="inline font-mono text-xs font-semibold text-slate-800">{field}: </dt>
          <dd className="inline text-slate-800">
            <Value value={change.before} label={`${field} before`} />
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> changed to </span>
            <Value value={change.after} label={`${field} after`} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
