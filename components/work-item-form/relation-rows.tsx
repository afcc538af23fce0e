'use client';
import { RELATION_LABELS } from '@/lib/domain/labels';
import { RELATION_TYPES } from '@/lib/domain/schemas/work-item';
import { emptyRelation, type RelationRow } from '@/lib/domain/work-item-form';
import { Field, inputClass } from '@/components/ui/form/field';
import { RepeatableRows } from './repeatable-rows';

/** Related items in any body, as rows: relation, the other item's identifier, a note. */
export function RelationRows({
  initial,
  errors,
}: {
  initial: RelationRow[];
  errors: Record<string, string>;
}) {
  return (
    <RepeatableRows
      name="relations"
      legend="Related items"
      hint="Items of any body already in the roadmap (e.g. TS 23.501, RFC 9543). Leave a row empty to remove it."
      rowLabel="Related item"
      addLabel="Add a related item"
      gridClassName="lg:grid-cols-[1fr_1fr_1.5fr_auto]"
      initial={initial}
      empty={emptyRelation}
      errors={errors}
    >
      {(value, i) => (
        <>
          <Field name={`relations.${i}.type`} label="This item is" error={errors[`relations.${i}.type`]}>
            {(p) => (
              <select {...p} defaultValue={value.type || 'REFERENCES'} className={inputClass}>
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
                defaultValue={value.identifier}
                autoComplete="off"
                className={`${inputClass} font-mono`}
              />
            )}
          </Field>
          <Field name={`relations.${i}.note`} label="Note" error={errors[`relations.${i}.note`]}>
            {(p) => <input {...p} defaultValue={value.note} autoComplete="off" className={inputClass} />}
          </Field>
        </>
      )}
    </RepeatableRows>
  );
}
