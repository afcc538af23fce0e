import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { GET } from './route';

const database = withTestDatabase();

describe('GET /api/health', () => {
  it('answers 200 while the database answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there.
    process.env.DATABASE_URL = 'postgresql://nobody:nothing@127.0.0.1:1/none';
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
      expect(response.headers.get('cache-control')).toBe('no-store');
    } finally {
      process.env.DATABASE_URL = database.url;
    }
  });
});
