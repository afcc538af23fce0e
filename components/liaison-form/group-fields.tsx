import type { BodyGroups } from '@/lib/server/queries/liaison-form-data';
import { control, controlBorder, Field, FieldError, fieldIds, Hint, RequiredMark } from './field';

// The sender (one group, any body) and the recipients (checkboxes, one list per body). Groups the
// person may edit are marked, since at least one of sender and recipients must be one of them.

const indent = (depth: number) => '\u00a0\u00a0'.repeat(depth);

function groupLabel(g: { code: string; name: string }) {
  return g.name && g.name !== g.code ? `${g.code} – ${g.name}` : g.code;
}

export function FromField({
  groups,
  editable,
  value,
  error,
}: {
  groups: BodyGroups[];
  editable: ReadonlySet<string>;
  value: string;
  error: string | undefined;
}) {
  return (
    <Field
      name="from"
      label="From (sending group)"
      required
      error={error}
      hint="Any body’s group. ✎ marks the groups you may edit."
    >
      <select
        name="from"
        defaultValue={value}
        required
        className={`${control} ${controlBorder}`}
        {...fieldIds('from', true, error)}
      >
        <option value="">Choose the sending group…</option>
        {groups.map((b) => (
          <optgroup key={b.body} label={b.body}>
            {b.groups.map((g) => (
              <option key={g.path} value={g.path}>
                {indent(g.depth)}
                {groupLabel(g)}
                {editable.has(g.path) ? ' ✎' : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

export function RecipientsField({
  groups,
  editable,
  value,
  error,
}: {
  groups: BodyGroups[];
  editable: ReadonlySet<string>;
  value: readonly string[];
  error: string | undefined;
}) {
  const checked = new Set(value);
  return (
    <fieldset
      id="lf-to"
      aria-describedby={['lf-to-hint', error ? 'lf-to-error' : null].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      className="min-w-0"
    >
      <legend className="text-sm font-medium text-slate-800">
        To (recipient groups)
        <RequiredMark />
      </legend>
      <Hint name="to">Tick one or more groups; open a body to see its groups.</Hint>
      <FieldError name="to" error={error} />
      <div
        className={`mt-2 space-y-2 rounded-md border p-2 ${error ? 'border-rose-700' : 'border-slate-300'}`}
      >
        {groups.map((b) => {
          const count = b.groups.filter((g) => checked.has(g.path)).length;
          return (
            <details key={b.body} open={count > 0} className="group">
              <summary className="cursor-pointer rounded px-1 py-1 text-sm font-medium text-slate-900 hover:bg-slate-50">
                {b.body}
                {count > 0 ? <span className="font-normal text-slate-700"> ({count} ticked)</span> : null}
              </summary>
              <ul className="mt-1 gap-x-6 pl-2 sm:columns-2 lg:columns-3">
                {b.groups.map((g) => (
                  <li
                    key={g.path}
                    className="break-inside-avoid"
                    style={{ paddingLeft: `${g.depth * 1}rem` }}
                  >
                    <label className="flex items-start gap-2 py-1 text-sm text-slate-800">
                      <input
                        type="checkbox"
                        name="to"
                        value={g.path}
                        defaultChecked={checked.has(g.path)}
                        className="mt-0.5 size-4 shrink-0"
                      />
                      <span>
                        {groupLabel(g)}
                        {editable.has(g.path) ? (
                          <span title="You may edit this group’s liaisons">
                            {' '}
                            ✎<span className="sr-only"> (you may edit)</span>
                          </span>
                        ) : null}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
