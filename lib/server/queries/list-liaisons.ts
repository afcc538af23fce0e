import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LiaisonFilterError, LiaisonFilters } from '@/lib/domain/liaison-filters';
import { dueRange } from '@/lib/domain/liaisons';
import { db } from '../db';
import { liaisonSelect, sentOrReceivedBy, toLiaisonDto } from './liaison-summary';
import type { LiaisonList } from './liaison-types';
import { groupIdsWithin, loadReferenceData } from './reference-data';

export interface ListLiaisonsOptions {
  filters: LiaisonFilters;
  /** Today's UTC date ("YYYY-MM-DD"), for the `due` filter. */
  today: string;
  limit?: number;
}

export const DEFAULT_LIAISON_LIMIT = 200;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Liaison statements matching the filters: open ones first, nearest deadline first (those
 * without a deadline after them), then replied and closed ones, newest first. A group that does
 * not exist is ignored and reported, like an invalid parameter.
 */
export async function listLiaisons({
  filters,
  today,
  limit = DEFAULT_LIAISON_LIMIT,
}: ListLiaisonsOptions): Promise<LiaisonList & { errors: LiaisonFilterError[] }> {
  const errors: LiaisonFilterError[] = [];
  const and: Prisma.LiaisonWhereInput[] = [];
  if (filters.q) {
    and.push({
      OR: [
        { reference: { contains: filters.q, mode: 'insensitive' } },
        { title: { contains: filters.q, mode: 'insensitive' } },
      ],
    });
  }
  if (filters.direction) and.push({ direction: filters.direction });
  if (filters.state) and.push({ state: filters.state });
  if (filters.purpose) and.push({ purpose: filters.purpose });
  if (filters.group) {
    const ids = groupIdsWithin((await loadReferenceData()).groups, [filters.group]);
    if (ids.length > 0) and.push(sentOrReceivedBy(ids));
    else errors.push({ field: 'group', message: `group "${filters.group}" does not exist` });
  }
  if (filters.due) {
    const range = dueRange(filters.due, today);
    and.push({
      state: 'OPEN',
      deadline: { ...(range.from ? { gte: utc(range.from) } : {}), lte: utc(range.to) },
    });
  }
  const where: Prisma.LiaisonWhereInput = { AND: and };
  const [open, others, total] = await Promise.all([
    db().liaison.findMany({
      where: { AND: [where, { state: 'OPEN' }] },
      select: liaisonSelect,
      orderBy: [{ deadline: { sort: 'asc', nulls: 'last' } }, { date: 'desc' }, { reference: 'asc' }],
      take: limit,
    }),
    db().liaison.findMany({
      where: { AND: [where, { state: { not: 'OPEN' } }] },
      select: liaisonSelect,
      orderBy: [{ date: 'desc' }, { reference: 'asc' }],
      take: limit,
    }),
    db().liaison.count({ where }),
  ]);
  return { liaisons: [...open, ...others].slice(0, limit).map(toLiaisonDto), total, limit, errors };
}
