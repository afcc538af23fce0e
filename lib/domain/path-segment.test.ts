import { describe, expect, it } from 'vitest';
import { decodeSegment } from './path-segment';

describe('decodeSegment', () => {
  it('decodes escapes and keeps undecodable text as it is', () => {
    expect(decodeSegment('TS%2023.501')).toBe('TS 23.501');
    expect(decodeSegment('TS 23.501')).toBe('TS 23.501');
    for (const raw of ['%', '100%', '%E0%A4%A', '%C3%28']) expect(decodeSegment(raw)).toBe(raw);
  });
});
