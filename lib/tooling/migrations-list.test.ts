import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkLockfileProvider, checksumMatches, checksumOf } from './migrations-list.ts';

// Its digest has a byte below 0x10, which old Prisma versions wrote as one hex digit.
const sql = 'CREATE TABLE "t" (id int);\n-- 0\n';

describe('checksums as Prisma Migrate computes and compares them', () => {
  it('is the SHA-256 of the file, in hex', () => {
    expect(checksumOf(sql)).toBe(createHash('sha256').update(sql).digest('hex'));
    expect(checksumOf(sql)).toHaveLength(64);
  });

  it('matches the same file with other line endings, and not an edited one', () => {
    expect(checksumMatches(sql.replaceAll('\n', '\r\n'), checksumOf(sql))).toBe(true);
    expect(checksumMatches(sql, checksumOf(sql.replaceAll('\n', '\r\n')))).toBe(true);
    expect(checksumMatches(`${sql}-- edit\n`, checksumOf(sql))).toBe(false);
  });

  it('matches the checksums old Prisma versions stored without zero padding', () => {
    const unpadded = [...createHash('sha256').update(sql).digest()].map((byte) => byte.toString(16)).join('');
    expect(unpadded.length).toBeLessThan(64);
    expect(checksumMatches(sql, unpadded)).toBe(true);
  });
});

describe('migration_lock.toml', () => {
  it('accepts postgresql or no lock file, and refuses another provider', () => {
    expect(() => checkLockfileProvider('provider = "postgresql"\n')).not.toThrow();
    expect(() => checkLockfileProvider(null)).not.toThrow();
    expect(() => checkLockfileProvider('provider = "sqlite"\n')).toThrow(/"sqlite", not "postgresql"/);
  });
});
