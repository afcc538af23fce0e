// POST /api/import?group=<path>[&dryRun=1][&previewToken=...][&comment=...]: imports a roadmap spreadsheet (the request body, CSV or XLSX) into a group.
import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { importWorkItems } from '@/lib/server/commands/import-work-items';
import { getApiActor } from '@/lib/server/current-actor';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { MAX_SPREADSHEET_BYTES } from '@/lib/server/spreadsheet';

const tooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    msg('errors.file.tooLarge', { megabytes: MAX_SPREADSHEET_BYTES / 1024 / 1024 }),
    'file',
  );

/** The body, refused as soon as it passes the limit (a missing or false Content-Length is not trusted). */
async function readBody(request: Request): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_SPREADSHEET_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += part.byteLength;
    if (size > MAX_SPREADSHEET_BYTES) throw tooLarge();
    parts.push(part);
  }
  return Buffer.concat(parts);
}

const FLAG = /^(1|true|yes)$/i;

export const POST = apiRoute(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const actor = await getApiActor(request);
  const result = await importWorkItems({
    actor,
    group: params.get('group') ?? '',
    file: await readBody(request),
    contentType: request.headers.get('content-type'),
    dryRun: FLAG.test(params.get('dryRun') ?? ''),
    comment: params.get('comment'),
    previewToken: params.get('previewToken'),
  });
  return NextResponse.json(result);
});
