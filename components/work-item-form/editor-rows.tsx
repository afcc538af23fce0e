'use client';
import { useState } from 'react';
import { EDITOR_ROLES } from '@/lib/domain/schemas/work-item';
import { emptyEditor, type EditorRow } from '@/lib/domain/work-item-form';
import { secondaryButton } from './buttons';
import { Field, FieldError, inputClass } from './field';

const ROLE_LABELS: Record<(typeof EDITOR_ROLES)[number], string> = {
  EDITOR: 'Editor',
  CO_EDITOR: 'Co-editor',
  RAPPORTEUR: 'Rapporteur',
  AUTHOR: 'Author',
};

/** Editors as rows; a blank row is ignored. "Add" and "Remove" need JavaScript; spare rows do not. */
export function EditorRows({ initial, errors }: { initial: EditorRow[]; errors: Record<string, string> }) {
  const [rows, setRows] = useState(() => withSpare(initial).map((value, key) => ({ key, value })));
  const [nextKey, setNextKey] = useState(rows.length);
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">Editors</legend>
      <p className="text-xs text-slate-600">
        Leave a row empty to remove it. E-mail addresses are shown publicly.
      </p>
      <FieldError id="f-editors-error" error={errors.editors} />
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="rounded border border-slate-200 bg-slate-50 p-3">
            <fieldset>
              <legend className="sr-only">Editor {i + 1}</legend>
              <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1.2fr_1.2fr_1.2fr_0.8fr_auto] lg:items-end">
                <Field name={`editors.${i}.name`} label="Name" error={errors[`editors.${i}.name`]}>
                  {(p) => (
                    <input {...p} defaultValue={row.value.name} autoComplete="off" className={inputClass} />
                  )}
                </Field>
                <Field
                  name={`editors.${i}.affiliation`}
                  label="Affiliation"
                  error={errors[`editors.${i}.affiliation`]}
                >
                  {(p) => (
                    <input
                      {...p}
                      defaultValue={row.value.affiliation}
                      autoComplete="off"
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field name={`editors.${i}.email`} label="E-mail" error={errors[`editors.${i}.email`]}>
                  {(p) => (
                    <input
                      {...p}
                      type="email"
                      defaultValue={row.value.email}
                      autoComplete="off"
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field name={`editors.${i}.role`} label="Role" error={errors[`editors.${i}.role`]}>
                  {(p) => (
                    <select {...p} defaultValue={row.value.role || 'EDITOR'} className={inputClass}>
                      {EDITOR_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <button
                  type="button"
                  className={`${secondaryButton} justify-self-start`}
                  onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
                >
                  Remove<span className="sr-only"> editor {i + 1}</span>
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
          setRows((r) => [...r, { key: nextKey, value: emptyEditor() }]);
          setNextKey((k) => k + 1);
        }}
      >
        Add an editor
      </button>
    </fieldset>
  );
}

function withSpare(rows: EditorRow[]): EditorRow[] {
  return [...rows, emptyEditor()];
}
