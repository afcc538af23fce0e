import { describe, expect, it } from 'vitest';
import { operationAnchor, outlineOperations, typeOf } from './openapi-outline';

const doc = {
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['a'],
        properties: {
          a: { type: 'string', description: 'A' },
          b: { anyOf: [{ type: 'string', const: '' }, { type: 'null' }, { type: 'string' }] },
        },
      },
    },
  },
  paths: {
    '/api/things/{id}': {
      patch: {
        summary: 'Change',
        security: [{ bearerAuth: [] }],
        parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { '200': { description: 'OK' }, '409': { description: 'Stale' } },
      },
    },
  },
};

describe('outlineOperations', () => {
  it('lists operations with resolved body fields, parameters and responses', () => {
    const [op] = outlineOperations(doc);
    expect(op).toMatchObject({
      method: 'PATCH',
      path: '/api/things/{id}',
      needsToken: true,
      bodyType: 'application/json',
    });
    expect(op?.bodyFields).toEqual([
      { name: 'a', type: 'string', required: true, description: 'A' },
      { name: 'b', type: 'null | string', required: false, description: '' },
    ]);
    expect(op?.parameters).toEqual([{ name: 'id (path)', type: 'string', required: true, description: '' }]);
    expect(op?.responses.map((r) => r.status)).toEqual(['200', '409']);
  });

  it('names types readably', () => {
    expect(typeOf({ type: 'array', items: { enum: ['A', 'B'] } }, {})).toBe('list of one of A, B');
    expect(typeOf({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, {})).toBe('date');
    expect(operationAnchor({ method: 'POST', path: '/api/items/{identifier}/status' })).toBe(
      'post-api-items-identifier-status',
    );
  });
});
