import { expect, test } from '@playwright/test';

test.describe('read API', () => {
  test('GET /api/items answers the same view as the page', async ({ request }) => {
    const response = await request.get('/api/items?body=itu-t&stage=approved&pageSize=5');
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      items: { body: { slug: string }; stage: string }[];
      total: number;
      page: number;
      pageSize: number;
    };
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(5);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(5);
    for (const item of body.items) expect(item).toMatchObject({ body: { slug: 'itu-t' }, stage: 'APPROVED' });
  });

  test('an invalid parameter is a 400 naming it', async ({ request }) => {
    const response = await request.get('/api/items?pageSize=5000');
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('pageSize'), field: 'pageSize' },
    });
    const unknown = await request.get('/api/items?body=no-such-body');
    expect(unknown.status()).toBe(400);
    expect(((await unknown.json()) as { error: { field: string } }).error.field).toBe('body');
  });

  test('GET /api/items/<identifier> answers the item, 404 for an unknown one', async ({ request }) => {
    const found = await request.get('/api/items/Y.3101');
    expect(found.status()).toBe(200);
    expect(await found.json()).toMatchObject({ identifier: 'Y.3101', history: expect.any(Array) });
    const missing = await request.get('/api/items/Y.99999');
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  test('health check and security headers', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
    const page = await request.get('/about');
    const headers = page.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
  });

  test('a path that cannot be decoded, or holds control characters, is a 400, not a 500', async ({
    request,
  }) => {
    for (const path of [
      '/api/items/%E0%A4%A',
      '/items/%E0%A4%A',
      '/groups/%E0%A4%A',
      '/api/items/%00',
      '/items/Y.3101%0A',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe('path');
    }
  });
});
