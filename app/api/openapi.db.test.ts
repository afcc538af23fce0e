import { Validator } from '@seriousme/openapi-schema-validator';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  errorResponse,
  liaisonListResponse,
  liaisonResponse,
  workItemDetailResponse,
  workItemListResponse,
} from '@/lib/domain/schemas/api-responses';
import { createLiaison } from '@/lib/server/commands/create-liaison';
import { buildScenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { GET as getItem } from './items/[identifier]/route';
import { GET as listItems } from './items/route';
import { GET as getLiaison } from './liaisons/[reference]/route';
import { GET as listLiaisons } from './liaisons/route';
import { GET as getDocument } from './openapi.json/route';

// The OpenAPI description is valid OpenAPI 3.1, and the API's real answers match the response
// schemas it publishes (so the description cannot drift from the code).

const database = withTestDatabase();
const request = (path: string) => new NextRequest(new URL(path, 'http://localhost'));

beforeAll(async () => {
  const world = await buildScenario(database.prisma, {
    items: [{ group: 'sg13', identifier: 'Y.3101', statusCode: 'APPROVED', approvedDate: '2018-01-13' }],
  });
  const { sg13 } = world.groups;
  await createLiaison({
    actor: world.actors.admin,
    input: {
      reference: 'LS-1',
      title: 'On slicing',
      direction: 'OUTGOING',
      purpose: 'FOR_ACTION',
      from: sg13.path,
      to: [sg13.path],
      date: '2026-01-05',
      workItems: ['Y.3101'],
    },
  });
});

describe('OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document covering every write route', async () => {
    const document = (await getDocument().json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths['/api/items'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(document.paths['/api/items/{identifier}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch']),
    );
    expect(Object.keys(document.paths['/api/liaisons/{reference}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch']),
    );
    expect(document.paths['/api/items/{identifier}/status']).toHaveProperty('post');
    expect(document.paths['/api/import']).toHaveProperty('post');
  });

  it('describes the answers the API really gives', async () => {
    workItemListResponse.parse(await (await listItems(request('/api/items'))).json());
    const item = await getItem(request('/api/items/Y.3101'), {
      params: Promise.resolve({ identifier: 'Y.3101' }),
    });
    expect(workItemDetailResponse.parse(await item.json()).version).toBe(1);
    liaisonListResponse.parse(await (await listLiaisons(request('/api/liaisons'))).json());
    const liaison = await getLiaison(request('/api/liaisons/LS-1'), {
      params: Promise.resolve({ reference: 'LS-1' }),
    });
    expect(liaisonResponse.parse(await liaison.json()).workItems.map((w) => w.identifier)).toEqual([
      'Y.3101',
    ]);
    const missing = await getItem(request('/api/items/Y.0'), {
      params: Promise.resolve({ identifier: 'Y.0' }),
    });
    expect(missing.status).toBe(404);
    errorResponse.parse(await missing.json());
  });
});
