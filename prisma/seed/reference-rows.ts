// The rows of bodies, groups and topics, built the same way for the demo data (write-reference.ts,
// in bulk) and for the tests' factories (lib/tooling/factories.ts, one at a time).
import type { BodySeed, GroupSeed, TopicSeed } from './types.ts';

/** A group's parent path: its own path minus the last segment, or null under the body itself. */
export function parentPath(path: string): string | null {
  const segments = path.split('/');
  return segments.length > 2 ? segments.slice(0, -1).join('/') : null;
}

/** The path segment of a group code: "Q6/13" -> "q6-13", "TSG SA" -> "tsg-sa". */
export function groupSlug(code: string): string {
  return code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function bodyRow(body: BodySeed, sortOrder: number) {
  return { slug: body.slug, name: body.name, fullName: body.fullName, url: body.url ?? null, sortOrder };
}

export function groupRow(
  group: GroupSeed,
  place: { bodyId: number; parentId: number | null; sortOrder: number },
) {
  return {
    bodyId: place.bodyId,
    parentId: place.parentId,
    kind: group.kind,
    code: group.code,
    name: group.name,
    path: group.path,
    url: group.url ?? null,
    sortOrder: place.sortOrder,
  };
}

export function topicRow(topic: TopicSeed, sortOrder: number) {
  return { slug: topic.slug, name: topic.name, description: topic.description, sortOrder };
}

export type BodyRow = ReturnType<typeof bodyRow>;
export type GroupRow = ReturnType<typeof groupRow>;
export type TopicRow = ReturnType<typeof topicRow>;
