import { FilterField, filterControl, SelectField } from '@/components/ui/select-field';
import { AUDIT_CHANNELS, AUDIT_ENTITY_TYPES, type AuditFilters } from '@/lib/domain/audit-filters';

// The audit log's filters as a plain GET form: works without JavaScript; the address can be shared.

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

export function AuditFilterForm({ filters, actions }: { filters: AuditFilters; actions: string[] }) {
  return (
    <form
      action="/admin/audit"
      aria-label="Filter the audit log"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterField id="au-actor" label="Who (name or e-mail contains)">
          <input
            id="au-actor"
            name="actor"
            type="search"
            defaultValue={filters.actor}
            maxLength={200}
            className={filterControl}
          />
        </FilterField>
        <FilterField id="au-action" label="Action" hint="e.g. liaison.update, or liaison. for all">
          <input
            id="au-action"
            name="action"
            list="au-actions"
            defaultValue={filters.action}
            maxLength={100}
            autoComplete="off"
            aria-describedby="au-action-hint"
            className={`${filterControl} font-mono`}
          />
          <datalist id="au-actions">
            {actions.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </FilterField>
        <SelectField
          id="au-entity"
          name="entity"
          label="Entity type"
          value={filters.entity ?? ''}
          options={AUDIT_ENTITY_TYPES.map((t) => ({ value: t, label: entityTypeLabel(t) }))}
        />
        <SelectField
          id="au-channel"
          name="channel"
          label="Channel"
          value={filters.channel?.toLowerCase() ?? ''}
          options={AUDIT_CHANNELS.map((c) => ({
            value: c.toLowerCase(),
            label: c.charAt(0) + c.slice(1).toLowerCase(),
          }))}
        />
        <FilterField id="au-label" label="Entity (identifier or reference contains)">
          <input
            id="au-label"
            name="label"
            type="search"
            defaultValue={filters.label}
            maxLength={200}
            className={filterControl}
          />
        </FilterField>
        <FilterField id="au-from" label="From (UTC date)">
          <input
            id="au-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? ''}
            className={filterControl}
          />
        </FilterField>
        <FilterField id="au-to" label="To (UTC date, inclusive)">
          <input id="au-to" name="to" type="date" defaultValue={filters.to ?? ''} className={filterControl} />
        </FilterField>
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
