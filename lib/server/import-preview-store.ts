import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { PREVIEW_TOKEN } from '@/lib/domain/import-preview';
import type { PlannedLine } from '@/lib/domain/roadmap-import-plan';
import type { Tx } from './audit';
import { AppError } from '@/lib/domain/errors';
import { msg, type Message } from '@/lib/domain/messages/message';

// Stored import previews (table import_preview): in PostgreSQL, not in the process, so that the
// apply may reach another instance than the preview did. The client holds the token; the table
// holds its SHA-256 only.

/** How long a preview may be applied (the issue: an hour). */
export const PREVIEW_LIFETIME_MS = 60 * 60 * 1000;

/** What a preview is bound to besides the file's bytes: the group and the audit comment. */
export interface ImportOptions {
  group: string;
  comment: string | null;
}

interface Binding {
  userId: string;
  fileSha256: string;
  options: ImportOptions;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
export const fileDigest = (file: Uint8Array) => createHash('sha256').update(file).digest('hex');

/** Stores a preview for an hour and answers its token; expired previews are pruned on the way. */
export async function storePreview(client: Tx, binding: Binding, lines: PlannedLine[]): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await client.importPreview.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await client.importPreview.create({
    data: {
      tokenHash: hash(token),
      userId: binding.userId,
      fileSha256: binding.fileSha256,
      options: { ...binding.options },
      lines: lines.map((l) => ({ ...l })),
      expiresAt: new Date(Date.now() + PREVIEW_LIFETIME_MS),
    },
  });
  return token;
}

const invalid = (message: Message) => new AppError('INVALID_INPUT', message, 'previewToken');

/**
 * Takes the preview a token names (deleted inside the apply's transaction: applied once, and kept if
 * the apply fails) after checking that it was made by this person, for these bytes and options.
 * Unknown, expired, applied or someone else's: 409 (preview again). Another file or options: 400.
 */
export async function claimPreview(tx: Tx, token: string, binding: Binding): Promise<PlannedLine[]> {
  if (!PREVIEW_TOKEN.test(token)) throw invalid(msg('errors.importPreview.notAToken'));
  const rows = await tx.$queryRaw<{ file_sha256: string; options: ImportOptions; lines: PlannedLine[] }[]>`
    SELECT file_sha256, options, lines FROM import_preview
    WHERE token_hash = ${hash(token)} AND user_id = ${binding.userId} AND expires_at > now()
    FOR UPDATE`;
  const row = rows[0];
  if (!row)
    throw new AppError('CONFLICT', msg('errors.importPreview.expired'), 'previewToken', undefined, {
      conflicts: [],
    });
  if (row.file_sha256 !== binding.fileSha256) throw invalid(msg('errors.importPreview.otherFile'));
  if (row.options.group !== binding.options.group || row.options.comment !== binding.options.comment)
    throw invalid(msg('errors.importPreview.otherOptions'));
  await tx.$executeRaw`DELETE FROM import_preview WHERE token_hash = ${hash(token)}`;
  return row.lines;
}
