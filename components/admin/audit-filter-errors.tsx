import type { AuditFilterError } from '@/lib/domain/audit-filters';

/** Says which query parameters were ignored and why, instead of failing the page. */
export function AuditFilterErrors({ errors }: { errors: AuditFilterError[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900"
    >
      <p className="font-semibold">
        {errors.length === 1
          ? 'One filter was ignored because its value is not valid:'
          : `${errors.length} filters were ignored because their values are not valid:`}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.field}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}
