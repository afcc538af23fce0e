import 'server-only';
import { cache } from 'react';
import { db } from '../db';

// The small tables the roadmap's filters refer to (bodies, groups, topics), read once per request.

export interface GroupNode {
  id: number;
  bodyId: number;
  parentId: number | null;
  code: string;
  name: string;
  path: string;
  kind: string;
}

export interface ReferenceData {
  bodies: { id: number; slug: string; name: string; fullName: string }[];
  groups: GroupNode[];
  topics: { id: number; slug: string; name: string; description: string }[];
}

export const loadReferenceData = cache(async (): Promise<ReferenceData> => {
  const [bodies, groups, topics] = await Promise.all([
    db().body.findMany({
      select: { id: true, slug: true, name: true, fullName: true },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    }),
    db().group.findMany({
      select: { id: true, bodyId: true, parentId: true, code: true, name: true, path: true, kind: true },
      orderBy: [{ sortOrder: 'asc' }, { path: 'asc' }],
    }),
    db().topic.findMany({
      select: { id: true, slug: true, name: true, description: true },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    }),
  ]);
  return { bodies, groups, topics };
});

/** Ids of the groups at `paths` and of all groups below them. */
export function groupIdsWithin(groups: GroupNode[], paths: string[]): number[] {
  return groups.filter((g) => paths.some((p) => g.path === p || g.path.startsWith(`${p}/`))).map((g) => g.id);
}
