'use client';
import Link from 'next/link';
import { DOCUMENT_KINDS, GENERATION_LABELS, GENERATIONS, KIND_LABELS } from '@/lib/domain/labels';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { createWorkItemSchema, updateWorkItemSchema } from '@/lib/domain/schemas/work-item';
import {
  readWorkItemForm,
  toFormFieldErrors,
  workItemInput,
  type FormMode,
  type WorkItemFormValues,
} from '@/lib/domain/work-item-form';
import { primaryButton, secondaryButton } from '@/components/ui/form/buttons';
import { Field, inputClass } from '@/components/ui/form/field';
import { FormMessage } from '@/components/ui/form/form-message';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import { EditorRows } from './editor-rows';
import { ProcessStatusFields } from './process-status-fields';
import { RelationRows } from './relation-rows';

export interface GroupOption {
  path: string;
  label: string;
}

function validate(mode: FormMode, data: FormData): Record<string, string> {
  const { input, rowIndex } = workItemInput(readWorkItemForm(data.entries(), mode), mode);
  const schema = mode === 'create' ? createWorkItemSchema : updateWorkItemSchema;
  return toFormFieldErrors(schemaFieldErrors(schema, input), rowIndex);
}

const section = 'space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5';
const legend = 'text-base font-semibold text-slate-900';

/** Every field of a work item; the same component creates and edits. */
export function WorkItemForm({
  mode,
  action,
  initial,
  groups,
  topics,
  cancelHref,
  statusNote,
}: {
  mode: FormMode;
  action: FormServerAction<WorkItemFormValues, undefined>;
  initial: WorkItemFormValues;
  groups: GroupOption[];
  topics: { slug: string; name: string }[];
  cancelHref: string;
  /** Editing: the process and status, which this form does not change. */
  statusNote?: React.ReactNode;
}) {
  const { state, pending, errors, formProps, messageProps } = useFormAction(action, {
    validate: (data) => validate(mode, data),
  });
  const values = state.values ?? initial;
  const text = (name: string) => values.text[name] ?? '';
  return (
    <form {...formProps} className="space-y-5">
      <FormMessage {...messageProps}>{state.conflict && !pending ? <ConflictHelp /> : null}</FormMessage>
      {mode === 'update' ? <input type="hidden" name="version" value={text('version')} /> : null}

      <fieldset className={section}>
        <legend className={`${legend} float-left mb-2 w-full`}>Identification</legend>
        <div className="clear-both grid gap-4 sm:grid-cols-2">
          <Field
            name="workingName"
            label="Working name"
            hint="While drafting, e.g. Y.IMT2030-arch."
            error={errors.workingName}
          >
            {(p) => <input {...p} defaultValue={text('workingName')} className={`${inputClass} font-mono`} />}
          </Field>
          <Field
            name="number"
            label="Final number"
            hint="Once assigned, e.g. Y.3101. The old identifier keeps working as a link."
            error={errors.number}
          >
            {(p) => <input {...p} defaultValue={text('number')} className={`${inputClass} font-mono`} />}
          </Field>
          <Field name="title" label="Title" required error={errors.title} className="sm:col-span-2">
            {(p) => <input {...p} defaultValue={text('title')} className={inputClass} />}
          </Field>
          <Field name="kind" label="Kind of document" required error={errors.kind}>
            {(p) => (
              <select {...p} defaultValue={text('kind') || 'ITU_RECOMMENDATION'} className={inputClass}>
                {DOCUMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="generation" label="IMT generation" required error={errors.generation}>
            {(p) => (
              <select {...p} defaultValue={text('generation') || 'IMT2030'} className={inputClass}>
                {GENERATIONS.map((g) => (
                  <option key={g} value={g}>
                    {GENERATION_LABELS[g]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="group"
            label="Group"
            required
            hint="Only groups you may edit are listed."
            error={errors.group}
            className="sm:col-span-2"
          >
            {(p) => (
              <select {...p} defaultValue={text('group')} className={inputClass}>
                {groups.map((g) => (
                  <option key={g.path} value={g.path}>
                    {g.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className={section}>
        <legend className={`${legend} float-left mb-2 w-full`}>Process and dates</legend>
        <div className="clear-both grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {mode === 'create' ? (
            <ProcessStatusFields process={text('process')} status={text('status')} errors={errors} />
          ) : (
            <div className="text-sm sm:col-span-2 lg:col-span-3">{statusNote}</div>
          )}
          <Field name="startDate" label="Start" hint="UTC date" error={errors.startDate}>
            {(p) => <input {...p} type="date" defaultValue={text('startDate')} className={inputClass} />}
          </Field>
          <Field name="targetDate" label="Target" hint="UTC date" error={errors.targetDate}>
            {(p) => <input {...p} type="date" defaultValue={text('targetDate')} className={inputClass} />}
          </Field>
          <Field name="approvedDate" label="Approved / published" hint="UTC date" error={errors.approvedDate}>
            {(p) => <input {...p} type="date" defaultValue={text('approvedDate')} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className={section}>
        <legend className={`${legend} float-left mb-2 w-full`}>Description and documents</legend>
        <div className="clear-both grid gap-4 sm:grid-cols-2">
          <Field name="summary" label="Summary" error={errors.summary} className="sm:col-span-2">
            {(p) => <textarea {...p} rows={5} defaultValue={text('summary')} className={inputClass} />}
          </Field>
          <Field name="baseTextUrl" label="Base text URL" hint="https://…" error={errors.baseTextUrl}>
            {(p) => <input {...p} type="url" defaultValue={text('baseTextUrl')} className={inputClass} />}
          </Field>
          <Field name="publicationUrl" label="Publication URL" hint="https://…" error={errors.publicationUrl}>
            {(p) => <input {...p} type="url" defaultValue={text('publicationUrl')} className={inputClass} />}
          </Field>
          <Field
            name="documentVersion"
            label="Document version"
            hint="3GPP: 18.6.0; Internet-Draft: -05"
            error={errors.documentVersion}
          >
            {(p) => (
              <input {...p} defaultValue={text('documentVersion')} className={`${inputClass} font-mono`} />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className={section}>
        <legend className={`${legend} float-left mb-2 w-full`}>Topics</legend>
        <div className="clear-both">
          {errors.topics ? (
            <p id="f-topics-error" className="mb-2 text-sm font-medium text-rose-800">
              ⚠ {errors.topics}
            </p>
          ) : null}
          <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {topics.map((t) => (
              <li key={t.slug}>
                <label className="flex items-start gap-2 py-1 text-sm">
                  <input
                    type="checkbox"
                    name="topics"
                    value={t.slug}
                    defaultChecked={values.topics.includes(t.slug)}
                    className="mt-0.5 size-4"
                  />
                  {t.name}
                </label>
              </li>
            ))}
          </ul>
        </div>
      </fieldset>

      <div className={section}>
        <EditorRows initial={values.editors} errors={errors} />
      </div>
      <div className={section}>
        <RelationRows initial={values.relations} errors={errors} />
      </div>

      <div className={section}>
        <Field
          name="comment"
          label="Why (optional)"
          hint="Shown in the item’s change history, e.g. “Number assigned at the SG13 meeting, July 2026”."
          error={errors.comment}
        >
          {(p) => <input {...p} defaultValue={text('comment')} className={inputClass} />}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? 'Saving…' : mode === 'create' ? 'Create work item' : 'Save changes'}
          </button>
          <Link href={cancelHref} className={secondaryButton}>
            Cancel
          </Link>
        </div>
      </div>
    </form>
  );
}

/** What a 409 means for this form, under the message that says what changed. */
function ConflictHelp() {
  return (
    <p className="mt-1">
      Someone changed this item while you were editing it. Your input is still in the form below. Open the
      item in a new tab to see the current values, then reload this page and apply your change again.
    </p>
  );
}
