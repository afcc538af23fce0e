import { showValue } from '@/lib/domain/field-changes';
import { WORK_ITEM_FIELD_LABELS, type WorkItemField } from '@/lib/domain/work-item-state';
import type { ImportPreview } from './import-types';

/** Lists longer than this show their first lines only (a 10,000-line file stays readable). */
const SHOWN = 200;
const label = (field: string) => WORK_ITEM_FIELD_LABELS[field as WorkItemField] ?? field;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function More({ total }: { total: number }) {
  return total > SHOWN ? <p className="text-sm text-slate-700">… and {total - SHOWN} more.</p> : null;
}

/** What an import will do (or did): problems first, then new items, changes field by field, unchanged. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { create, update, unchanged, errors } = preview;
  return (
    <div className="space-y-5">
      <p role="status" className="text-sm font-medium text-slate-900">
        {preview.dryRun ? 'Preview: ' : 'Imported: '}
        {plural(create.length, 'new item')}, {plural(update.length, 'changed item')}, {unchanged} unchanged
        {errors.length ? `, ${plural(errors.length, 'problem')}` : ''}.
      </p>
      {errors.length > 0 ? (
        <section aria-labelledby="import-errors" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <h2 id="import-errors" className="text-base font-semibold text-red-900">
            Problems to correct in the file (nothing can be imported until they are)
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-red-900">
            {errors.slice(0, SHOWN).map((e, i) => (
              <li key={i}>
                Line {e.line}
                {e.column ? `, column ${e.column}` : ''}: {e.message}
              </li>
            ))}
          </ul>
          <More total={errors.length} />
        </section>
      ) : null}
      {create.length > 0 ? (
        <section aria-labelledby="import-create" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import-create" className="text-base font-semibold text-slate-900">
            New items ({create.length})
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {create.slice(0, SHOWN).map((c) => (
              <li key={c.line} className="break-words">
                Line {c.line}: <strong>{c.identifier}</strong> — {showValue(c.fields.title)} (
                {showValue(c.fields.status)})
              </li>
            ))}
          </ul>
          <More total={create.length} />
        </section>
      ) : null}
      {update.length > 0 ? (
        <section aria-labelledby="import-update" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import-update" className="text-base font-semibold text-slate-900">
            Changed items ({update.length})
          </h2>
          <ul className="mt-2 space-y-3 text-sm">
            {update.slice(0, SHOWN).map((u) => (
              <li key={u.line}>
                <p>
                  Line {u.line}: <strong>{u.identifier}</strong>
                </p>
                <dl className="mt-1 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[10rem_1fr]">
                  {Object.entries(u.changes).map(([field, change]) => (
                    <div key={field} className="contents">
                      <dt className="font-medium text-slate-800">{label(field)}</dt>
                      <dd className="min-w-0 break-words text-slate-800">
                        <del className="text-red-800">{showValue(change.before)}</del> →{' '}
                        <ins className="text-green-800 no-underline">{showValue(change.after)}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
          <More total={update.length} />
        </section>
      ) : null}
    </div>
  );
}
