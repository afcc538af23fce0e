import 'server-only';
import { db } from '../db';

/** Whether the database answers within `timeoutMs`. */
export async function checkDatabase(timeoutMs = 2000): Promise<{ ok: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database did not answer in time')), timeoutMs);
  });
  try {
    await Promise.race([db().$queryRaw`SELECT 1`, timeout]);
    return { ok: true };
  } catch (error) {
    console.error('Health check: database unreachable', error instanceof Error ? error.message : error);
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}
