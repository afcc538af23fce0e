import type { ReactNode } from 'react';
import { AUDIT_CHANNELS, AUDIT_ENTITY_TYPES, type AuditFilters } from '@/lib/domain/audit-filters';

// The audit log's filters as a plain GET form: works without JavaScript; the address can be shared.

const control =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:border-brand-600';

const ENTITY_LABELS: Record<string, string> = {
  work_item: 'Work item',
  liaison: 'Liaison',
  user: 'User',
  api_token: 'API token',
  group: 'Group',
  body: 'Body',
  topic: 'Topic',
  edition: 'Edition',
};

export const entityTypeLabel = (type: string) => ENTITY_LABELS[type] ?? type;

function Field({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function AuditFilterForm({ filters, actions }: { filters: AuditFilters; actions: string[] }) {
  return (
    <form
      action="/admin/audit"
      aria-label="Filter the audit log"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="au-actor" label="Who (name or e-mail contains)">
          <input
            id="au-actor"
            name="actor"
            type="search"
            defaultValue={filters.actor}
            maxLength={200}
            className={control}
          />
        </Field>
        <Field id="au-action" label="Action" hint="e.g. liaison.update, or liaison. for all">
          <input
            id="au-action"
            name="action"
            list="au-actions"
            defaultValue={filters.action}
            maxLength={100}
            autoComplete="off"
            aria-describedby="au-action-hint"
            className={`${control} font-mono`}
          />
          <datalist id="au-actions">
            {actions.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </Field>
        <Field id="au-entity" label="Entity type">
          <select id="au-entity" name="entity" defaultValue={filters.entity ?? ''} className={control}>
            <option value="">Any</option>
            {AUDIT_ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {entityTypeLabel(t)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="au-channel" label="Channel">
          <select
            id="au-channel"
            name="channel"
            defaultValue={filters.channel?.toLowerCase() ?? ''}
            className={control}
          >
            <option value="">Any</option>
            {AUDIT_CHANNELS.map((c) => (
              <option key={c} value={c.toLowerCase()}>
                {c.charAt(0) + c.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </Field>
        <Field id="au-label" label="Entity (identifier or reference contains)">
          <input
            id="au-label"
            name="label"
            type="search"
            defaultValue={filters.label}
            maxLength={200}
            className={control}
          />
        </Field>
        <Field id="au-from" label="From (UTC date)">
          <input id="au-from" name="from" type="date" defaultValue={filters.from ?? ''} className={control} />
        </Field>
        <Field id="au-to" label="To (UTC date, inclusive)">
          <input id="au-to" name="to" type="date" defaultValue={filters.to ?? ''} className={control} />
        </Field>
        <div className="flex items-end gap-3">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
          >
            Apply filters
          </button>
          <a href="/admin/audit" className="py-2 text-sm">
            Clear
          </a>
        </div>
      </div>
    </form>
  );
}
