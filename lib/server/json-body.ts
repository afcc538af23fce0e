import 'server-only';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';

/** Largest JSON body a write accepts (a work item with every field full is far below it). */
export const MAX_JSON_BYTES = 1_000_000;

/**
 * The JSON body of a write request. Requiring `application/json` also keeps plain HTML forms on
 * other sites from posting to the API with a visitor's session cookie.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError('INVALID_INPUT', msg('errors.body.notJson'), 'body');
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_JSON_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('INVALID_INPUT', msg('errors.body.notUtf8'), 'body');
  }
  if (text.trim() === '') throw new AppError('INVALID_INPUT', msg('errors.body.empty'), 'body');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError(
      'INVALID_INPUT',
      msg('errors.body.badJson', { reason: (error as Error).message }),
      'body',
    );
  }
}

function tooLarge(): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    msg('errors.body.tooLarge', { bytes: String(MAX_JSON_BYTES) }),
    'body',
  );
}
