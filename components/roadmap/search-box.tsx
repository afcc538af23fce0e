import Form from 'next/form';
import type { RoadmapView } from '@/lib/domain/roadmap-filters';
import { serializeRoadmapView } from '@/lib/domain/roadmap-filters';

/** Full-text search that keeps the current filters (but not the page). */
export function SearchBox({ view }: { view: RoadmapView }) {
  const keep = [...serializeRoadmapView({ ...view, q: '', page: 1 })].filter(([name]) => name !== 'sort');
  return (
    <Form action="/" role="search" className="flex gap-2">
      <label htmlFor="roadmap-q" className="sr-only">
        Search identifiers, titles and summaries
      </label>
      <input
        id="roadmap-q"
        type="search"
        name="q"
        defaultValue={view.q}
        maxLength={200}
        placeholder="Search: Y.3101, 23.501, network slicing…"
        className="w-full min-w-0 rounded border border-slate-400 bg-white px-3 py-2 text-base"
      />
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 font-medium text-white"
      >
        Search
      </button>
    </Form>
  );
}
