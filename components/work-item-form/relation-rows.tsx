'use client';
import { useState } from 'react';
import { RELATION_LABELS } from '@/lib/domain/labels';
import { RELATION_TYPES } from '@/lib/domain/schemas/work-item';
import { emptyRelation, type RelationRow } from '@/lib/domain/work-item-form';
import { secondaryButton } from './buttons';
import { Field, FieldError, inputClass } from './field';

/** Related items in any body, as rows: relation, the other item's identifier, a note. */
export function RelationRows({
  initial,
  errors,
}: {
  initial: RelationRow[];
  errors: Record<string, string>;
}) {
  const [rows, setRows] = useState(() => [...initial, emptyRelation()].map((value, key) => ({ key, value })));
  const [nextKey, setNextKey] = useState(rows.length);
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">Related items</legend>
      <p className="text-xs text-slate-600">
        Items of any body already in the roadmap (e.g. TS 23.501, RFC 9543). Leave a row empty to remove it.
      </p>
      <FieldError id="f-relations-error" error={errors.relations} />
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="rounded border border-slate-200 bg-slate-50 p-3">
            <fieldset>
              <legend className="sr-only">Related item {i + 1}</legend>
              <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1.5fr_auto] lg:items-end">
                <Field
                  name={`relations.${i}.type`}
                  label="This item is"
                  error={errors[`relations.${i}.type`]}
                >
                  {(p) => (
                    <select {...p} defaultValue={row.value.type || 'REFERENCES'} className={inputClass}>
                      {RELATION_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {RELATION_LABELS[type].forward}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  name={`relations.${i}.identifier`}
                  label="Other item’s identifier"
                  error={errors[`relations.${i}.identifier`]}
                >
                  {(p) => (
                    <input
                      {...p}
                      defaultValue={row.value.identifier}
                      autoComplete="off"
                      className={`${inputClass} font-mono`}
                    />
                  )}
                </Field>
                <Field name={`relations.${i}.note`} label="Note" error={errors[`relations.${i}.note`]}>
                  {(p) => (
                    <input {...p} defaultValue={row.value.note} autoComplete="off" className={inputClass} />
                  )}
                </Field>
                <button
                  type="button"
                  className={`${secondaryButton} justify-self-start`}
                  onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
                >
                  Remove<span className="sr-only"> related item {i + 1}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          setRows((r) => [...r, { key: nextKey, value: emptyRelation() }]);
          setNextKey((k) => k + 1);
        }}
      >
        Add a related item
      </button>
    </fieldset>
  );
}
