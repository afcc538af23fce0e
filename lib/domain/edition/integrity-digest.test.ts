import { describe, expect, it } from 'vitest';
import { integrityDigest, parseIntegrityDigest } from './integrity-digest';

describe('integrity digest', () => {
  it('round-trips an edition and ignores other digests', () => {
    expect(parseIntegrityDigest(integrityDigest(2026, 1))).toEqual({ year: 2026, revision: 1 });
    for (const other of ['1234567', 'EDITION_INTEGRITY:20x6:0', 'NEXT_NOT_FOUND', undefined, 42])
      expect(parseIntegrityDigest(other)).toBeNull();
  });
});
