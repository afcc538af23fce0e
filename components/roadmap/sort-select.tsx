import Form from 'next/form';
import { serializeRoadmapView, type RoadmapView } from '@/lib/domain/roadmap-filters';
import { AutoSubmit } from './auto-submit';

const OPTIONS = [
  ['relevance', 'Relevance'],
  ['identifier', 'Identifier (A–Z)'],
  ['-identifier', 'Identifier (Z–A)'],
  ['title', 'Title'],
  ['stage', 'Stage'],
  ['target', 'Target date (earliest)'],
  ['-target', 'Target date (latest)'],
  ['-approved', 'Approved (newest)'],
  ['approved', 'Approved (oldest)'],
  ['-updated', 'Recently updated'],
] as const;

export function SortSelect({ view }: { view: RoadmapView }) {
  const current = `${view.sort.descending ? '-' : ''}${view.sort.key}`;
  const keep = [...serializeRoadmapView({ ...view, page: 1 })].filter(([name]) => name !== 'sort');
  const options = OPTIONS.filter(([value]) => value !== 'relevance' || view.q);
  return (
    <Form action="/" id="roadmap-sort" className="flex items-center gap-2 text-sm">
      <AutoSubmit formId="roadmap-sort" />
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="roadmap-sort-select" className="text-slate-700">
        Sort by
      </label>
      <select
        id="roadmap-sort-select"
        name="sort"
        defaultValue={current}
        className="rounded border border-slate-400 bg-white px-2 py-1"
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-slate-400 bg-white px-2 py-1 [.js_&]:sr-only">
        Sort
      </button>
    </Form>
  );
}
