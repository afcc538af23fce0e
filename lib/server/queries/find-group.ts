import 'server-only';
import type { Tx } from '../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';

/**
 * The group a person means by a path ("itu-t/sg13") or a code ("SG13", "Q6/13", "JCA-IMT2020",
 * case-insensitive). A code used by groups of several bodies is refused with their paths.
 */
export async function findGroup(
  tx: Tx,
  reference: string,
  field = 'group',
): Promise<{ id: number; path: string; code: string }> {
  const wanted = reference.trim();
  const byPath = await tx.group.findUnique({
    where: { path: wanted.toLowerCase() },
    select: { id: true, path: true, code: true },
  });
  if (byPath) return byPath;
  const byCode = await tx.group.findMany({
    where: { code: { equals: wanted, mode: 'insensitive' } },
    select: { id: true, path: true, code: true },
    orderBy: { path: 'asc' },
    take: 10,
  });
  const [only, ...others] = byCode;
  if (only && others.length === 0) return only;
  if (only)
    throw new AppError(
      'INVALID_INPUT',
      msg('errors.group.ambiguous', { wanted, paths: byCode.map((g) => g.path).join(', ') }),
      field,
    );
  throw new AppError('INVALID_INPUT', msg('errors.group.notFound', { wanted }), field);
}
