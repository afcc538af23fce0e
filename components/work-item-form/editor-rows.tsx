'use client';
import { EDITOR_ROLES } from '@/lib/domain/schemas/work-item';
import { emptyEditor, type EditorRow } from '@/lib/domain/work-item-form';
import { Field, inputClass } from '@/components/ui/form/field';
import { RepeatableRows } from './repeatable-rows';

const ROLE_LABELS: Record<(typeof EDITOR_ROLES)[number], string> = {
  EDITOR: 'Editor',
  CO_EDITOR: 'Co-editor',
  RAPPORTEUR: 'Rapporteur',
  AUTHOR: 'Author',
};

/** Editors as rows; a blank row is ignored. "Add" and "Remove" need JavaScript; spare rows do not. */
export function EditorRows({ initial, errors }: { initial: EditorRow[]; errors: Record<string, string> }) {
  return (
    <RepeatableRows
      name="editors"
      legend="Editors"
      hint="Leave a row empty to remove it. E-mail addresses are shown publicly."
      rowLabel="Editor"
      addLabel="Add an editor"
      gridClassName="lg:grid-cols-[1.2fr_1.2fr_1.2fr_0.8fr_auto]"
      initial={initial}
      empty={emptyEditor}
      errors={errors}
    >
      {(value, i) => (
        <>
          <Field name={`editors.${i}.name`} label="Name" error={errors[`editors.${i}.name`]}>
            {(p) => <input {...p} defaultValue={value.name} autoComplete="off" className={inputClass} />}
          </Field>
          <Field
            name={`editors.${i}.affiliation`}
            label="Affiliation"
            error={errors[`editors.${i}.affiliation`]}
          >
            {(p) => (
              <input {...p} defaultValue={value.affiliation} autoComplete="off" className={inputClass} />
            )}
          </Field>
          <Field name={`editors.${i}.email`} label="E-mail" error={errors[`editors.${i}.email`]}>
            {(p) => (
              <input
                {...p}
                type="email"
                defaultValue={value.email}
                autoComplete="off"
                className={inputClass}
              />
            )}
          </Field>
          <Field name={`editors.${i}.role`} label="Role" error={errors[`editors.${i}.role`]}>
            {(p) => (
              <select {...p} defaultValue={value.role || 'EDITOR'} className={inputClass}>
                {EDITOR_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
    </RepeatableRows>
  );
}
