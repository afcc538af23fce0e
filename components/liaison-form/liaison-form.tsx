'use client';

import { startTransition, useActionState, useRef, useState, type FormEvent } from 'react';
import { LIAISON_PURPOSE_LABELS, LIAISON_STATE_LABELS } from '@/lib/domain/labels';
import {
  FIELD_LABELS,
  groupFieldErrors,
  INITIAL_FORM_STATE,
  issuesByPath,
  readLiaisonForm,
  toCreateInput,
  toUpdateInput,
  type LiaisonFormState,
  type LiaisonFormValues,
} from '@/lib/domain/liaison-form';
import { LIAISON_DIRECTION_LABELS } from '@/lib/domain/liaisons';
import { LIAISON_DIRECTIONS, LIAISON_PURPOSES, LIAISON_STATES } from '@/lib/domain/liaison-filters';
import { createLiaisonSchema, updateLiaisonSchema } from '@/lib/domain/schemas/liaison';
import type { BodyGroups } from '@/lib/server/queries/liaison-form-data';
import { ConflictNotice } from './conflict-notice';
import { CodeSelect, control, controlBorder, Field, FieldError, fieldIds, Hint } from './field';
import { FormSection } from './form-section';
import { FromField, RecipientsField } from './group-fields';

type Action = (state: LiaisonFormState, data: FormData) => Promise<LiaisonFormState>;

export interface LiaisonFormProps {
  action: Action;
  initial: LiaisonFormValues;
  /** Set when editing: the version the form was loaded at (sent back with every save). */
  version?: number;
  groups: BodyGroups[];
  /** Paths of the groups the person may edit. */
  editablePaths: string[];
  references: string[];
  /** A reply: the liaison it answers, which the person may mark as replied on saving. */
  replyTo?: { reference: string; version: number; state: string } | null;
  cancelHref: string;
  reloadHref?: string;
}

/** Validates like the server, with the same schema; returns one message per control. */
function validate(values: LiaisonFormValues, version: number | undefined) {
  const parsed =
    version === undefined
      ? createLiaisonSchema.safeParse(toCreateInput(values))
      : updateLiaisonSchema.safeParse(toUpdateInput(values, version));
  return parsed.success ? {} : groupFieldErrors(issuesByPath(parsed.error, values));
}

export function LiaisonForm(props: LiaisonFormProps) {
  const { version, groups, references, replyTo } = props;
  const [state, formAction, pending] = useActionState(props.action, INITIAL_FORM_STATE);
  const [clientErrors, setClientErrors] = useState<Partial<Record<string, string>> | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const editable = new Set(props.editablePaths);
  const values = state.values ?? props.initial;
  // Client errors replace the server's once the person edits after a failed save.
  const errors = clientErrors ?? state.fieldErrors;
  const errorList = Object.entries(errors).filter(([, m]) => m) as [string, string][];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitting through startTransition keeps the input (a form action would reset the form).
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found = validate(readLiaisonForm(data), version);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(data));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    if (clientErrors === null && Object.keys(state.fieldErrors).length === 0) return;
    // After a failed attempt, errors follow the input as it is corrected.
    setClientErrors(validate(readLiaisonForm(new FormData(event.currentTarget)), version));
  }

  const e = (name: string) => errors[name];
  const bordered = `${control} ${controlBorder}`;

  return (
    <form action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="space-y-6">
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {state.conflict && state.message ? (
        <ConflictNotice
          message={state.message}
          conflict={state.conflict}
          reloadHref={props.reloadHref ?? props.cancelHref}
        />
      ) : null}
      {!state.conflict && (state.message || errorList.length > 0) ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900"
        >
          <p className="font-semibold">
            {state.message && !clientErrors ? state.message : 'Not saved: check the fields marked below.'}
          </p>
          {errorList.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {errorList.map(([field, message]) => (
                <li key={field}>
                  <a href={`#lf-${field}`} className="underline">
                    {FIELD_LABELS[field] ?? field}
                  </a>
                  : {message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <FormSection id="lf-statement" title="The statement">
        <div className="grid gap-4 sm:grid-cols-2">
          {version === undefined ? (
            <Field
              name="reference"
              label="Reference"
              required
              error={e('reference')}
              hint="As the body numbers it, e.g. SG13-LS123 or IETF-liaison-1900. It becomes the liaison’s address and cannot be changed later."
            >
              <input
                name="reference"
                defaultValue={values.reference}
                maxLength={80}
                required
                autoComplete="off"
                className={`${bordered} font-mono`}
                {...fieldIds('reference', true, e('reference'))}
              />
            </Field>
          ) : (
            <div>
              <p className="text-sm font-medium text-slate-800">Reference</p>
              <p className="mt-1 py-1.5 font-mono text-sm text-slate-900">{values.reference}</p>
            </div>
          )}
          <fieldset
            aria-describedby={e('direction') ? 'lf-direction-error' : undefined}
            id="lf-direction"
            aria-invalid={e('direction') ? true : undefined}
          >
            <legend className="text-sm font-medium text-slate-800">Direction</legend>
            <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
              {LIAISON_DIRECTIONS.map((d) => (
                <label key={d} className="flex items-center gap-2 py-1 text-sm text-slate-800">
                  <input
                    type="radio"
                    name="direction"
                    value={d}
                    defaultChecked={values.direction === d}
                    className="size-4"
                  />
                  {LIAISON_DIRECTION_LABELS[d]}
                </label>
              ))}
            </div>
            <FieldError name="direction" error={e('direction')} />
          </fieldset>
          <Field name="title" label="Title" required error={e('title')} className="sm:col-span-2">
            <input
              name="title"
              defaultValue={values.title}
              maxLength={500}
              required
              className={bordered}
              {...fieldIds('title', false, e('title'))}
            />
          </Field>
          <CodeSelect
            name="purpose"
            label="Purpose"
            codes={LIAISON_PURPOSES}
            labels={LIAISON_PURPOSE_LABELS}
            value={values.purpose}
            error={e('purpose')}
          />
          <Field
            name="date"
            label="Date (UTC)"
            required
            error={e('date')}
            hint="The date of the statement, a UTC calendar date."
          >
            <input
              type="date"
              name="date"
              defaultValue={values.date}
              required
              className={bordered}
              {...fieldIds('date', true, e('date'))}
            />
          </Field>
          <Field
            name="documentUrl"
            label="Document URL"
            error={e('documentUrl')}
            hint="Optional: where the statement can be read (http or https)."
            className="sm:col-span-2"
          >
            <input
              type="url"
              name="documentUrl"
              defaultValue={values.documentUrl}
              inputMode="url"
              className={bordered}
              {...fieldIds('documentUrl', true, e('documentUrl'))}
            />
          </Field>
        </div>
      </FormSection>

      <FormSection id="lf-parties" title="Sender and recipients">
        <p className="text-sm text-slate-700">
          A liaison may come from any body’s group and go to any groups. You may record or edit it when the
          sender or at least one recipient is a group you edit (marked ✎): its rapporteurs, the coordinators
          above it and admins keep it.
        </p>
        <FromField groups={groups} editable={editable} value={values.from} error={e('from')} />
        <RecipientsField groups={groups} editable={editable} value={values.to} error={e('to')} />
      </FormSection>

      <FormSection id="lf-reply" title="Deadline and replies">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            name="deadline"
            label="Reply deadline (UTC)"
            error={e('deadline')}
            hint="A UTC calendar date; leave empty when no reply is asked for."
          >
            <input
              type="date"
              name="deadline"
              defaultValue={values.deadline}
              className={bordered}
              {...fieldIds('deadline', true, e('deadline'))}
            />
          </Field>
          <CodeSelect
            name="state"
            label="State"
            codes={LIAISON_STATES}
            labels={LIAISON_STATE_LABELS}
            value={values.state}
            error={e('state')}
            hint="Open while a reply is owed; Replied once answered; Closed when nothing is owed."
          />
          <Field
            name="inReplyTo"
            label="In reply to"
            error={e('inReplyTo')}
            hint="The reference of the liaison this one answers, if any."
          >
            <input
              name="inReplyTo"
              defaultValue={values.inReplyTo}
              list="lf-references"
              autoComplete="off"
              maxLength={80}
              className={`${bordered} font-mono`}
              {...fieldIds('inReplyTo', true, e('inReplyTo'))}
            />
            <datalist id="lf-references">
              {references.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </Field>
        </div>
        {replyTo && replyTo.state === 'OPEN' ? (
          <div className="flex items-start gap-2 text-sm text-slate-800">
            <input type="hidden" name="replyToVersion" value={replyTo.version} />
            <input
              type="checkbox"
              id="lf-markReplied"
              name="markReplied"
              value={replyTo.reference}
              defaultChecked
              className="mt-0.5 size-4"
            />
            <label htmlFor="lf-markReplied">
              Set <span className="font-mono">{replyTo.reference}</span> to “Replied” when this reply is saved
            </label>
          </div>
        ) : null}
      </FormSection>

      <FormSection id="lf-items" title="Work items and comment">
        <Field
          name="workItems"
          label="Work items concerned"
          error={e('workItems')}
          hint="Identifiers, one per line (or separated by commas), e.g. Y.3101, TS 23.501, RFC 9543."
        >
          <textarea
            name="workItems"
            defaultValue={values.workItems}
            rows={4}
            className={`${bordered} font-mono`}
            {...fieldIds('workItems', true, e('workItems'))}
          />
        </Field>
        <Field
          name="comment"
          label="Comment (optional)"
          error={e('comment')}
          hint="Why you make this change; kept in the change history with it."
        >
          <input
            name="comment"
            defaultValue={values.comment}
            maxLength={500}
            className={bordered}
            {...fieldIds('comment', true, e('comment'))}
          />
        </Field>
      </FormSection>

      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-5 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? 'Saving…' : version === undefined ? 'Record liaison' : 'Save changes'}
        </button>
        <a href={props.cancelHref} className="text-sm">
          Cancel
        </a>
        <Hint name="required">
          <span aria-hidden="true">* </span>required
        </Hint>
      </div>
    </form>
  );
}
