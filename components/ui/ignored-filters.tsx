/** Says which query parameters of a filtered list were ignored and why, instead of failing the page. */
export function IgnoredFilters({
  errors,
  showField = false,
}: {
  errors: readonly { field: string; message: string }[];
  /** Name the parameter before its message (when the message does not). */
  showField?: boolean;
}) {
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
          <li key={e.field}>
            {showField ? (
              <>
                <code className="font-mono">{e.field}</code>:{' '}
              </>
            ) : null}
            {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
