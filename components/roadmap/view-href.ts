import { serializeRoadmapView, type RoadmapView } from '@/lib/domain/roadmap-filters';

/** The link to a roadmap view: its canonical query string on `base`. */
export function viewHref(view: RoadmapView, base = '/'): string {
  const query = serializeRoadmapView(view).toString();
  return query ? `${base}?${query}` : base;
}
