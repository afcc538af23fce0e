import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { GET } from './route';

withTestDatabase();
// The outage test points the app elsewhere with vi.stubEnv; this puts the test database back.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('GET /api/health', () => {
  it('answers 200 while the database answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there.
    vi.stubEnv('DATABASE_URL', 'postgresql://nobody:nothing@127.0.0.1:1/none');
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
