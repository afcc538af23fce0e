import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/tooling/test-database';
import { GET } from './route';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('GET /api/health', () => {
  it('answers 200 while the database answers', async () => {
    process.env.DATABASE_URL = database.url;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there.
    process.env.DATABASE_URL = 'postgresql://nobody:nothing@127.0.0.1:1/none';
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
