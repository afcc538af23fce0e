import 'server-only';
import { db } from '../db';
import { liaisonSelect, toLiaisonDto } from './liaison-summary';
import type { LiaisonDto } from './liaison-types';

/** One liaison statement by its reference, or null. */
export async function getLiaison(reference: string): Promise<LiaisonDto | null> {
  if (reference.length > 120 || /[\u0000-\u001f\u007f]/.test(reference)) return null;
  const row = await db().liaison.findUnique({ where: { reference }, select: liaisonSelect });
  return row ? toLiaisonDto(row) : null;
}
