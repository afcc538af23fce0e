import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '@/lib/domain/edition/snapshot';
import { demoSnapshot, syntheticEditions } from '@/lib/tooling/edition-fixtures';
import { editionJsonSchema, renderJson } from './render-json';

// The JSON download parses with the snapshot's zod schema to the same snapshot, and validates
// against the JSON Schema published at /editions/schema.json (checked by an independent validator).

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(editionJsonSchema('https://roadmap.example.org'));
}

describe('renderJson', () => {
  const snapshot = demoSnapshot();

  it('is the snapshot, with a $schema link, readable with the zod schema', () => {
    const parsed = JSON.parse(renderJson(snapshot, 'https://roadmap.example.org').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(parsed.$schema).toBe('https://roadmap.example.org/editions/schema.json');
    expect(snapshotSchema.parse(parsed)).toEqual(snapshot);
  });

  it('validates against the published JSON Schema, which refuses a broken document', () => {
    const validate = validator();
    const document = JSON.parse(renderJson(snapshot, 'https://roadmap.example.org').toString('utf8')) as {
      items: Record<string, unknown>[];
    };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const synthetic = JSON.parse(renderJson(syntheticEditions(200).current).toString('utf8')) as unknown;
    expect(validate(synthetic), JSON.stringify(validate.errors)).toBe(true);
    // Negative controls: the validator can fail.
    const { title: _title, ...untitled } = document.items[0]!;
    expect(validate({ ...document, items: [untitled] })).toBe(false);
    expect(validate({ ...document, items: [{ ...document.items[0], startDate: '1 May 2026' }] })).toBe(false);
    expect(validate({ ...document, surprise: true })).toBe(false);
  });

  it('serves its schema with an $id', () => {
    const schema = editionJsonSchema('https://roadmap.example.org');
    expect(schema.$id).toBe('https://roadmap.example.org/editions/schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
