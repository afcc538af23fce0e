// Keeps the tests on one set of fixtures (issue 9): a database test file gets its database from
// withTestDatabase() and its world from buildScenario(), and an e2e spec signs in through
// e2e/helpers/sign-in.ts. Each rule names the files that break it, so the message says what to fix.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIP = /(^|\/)(node_modules|\.next|\.git|lib\/generated|test-results|playwright-report)(\/|$)/;

function filesEndingWith(suffix: string, under = '.'): { file: string; text: string }[] {
  return readdirSync(path.join(ROOT, under), { recursive: true, encoding: 'utf8' })
    .map((name) => path.posix.join(under, name.split(path.sep).join('/')))
    .filter((file) => file.endsWith(suffix) && !SKIP.test(file))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
}

/** The files whose text matches `pattern`. */
const breaking = (files: { file: string; text: string }[], pattern: RegExp) =>
  files.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

describe('one set of fixtures', () => {
  const dbTests = filesEndingWith('.db.test.ts');
  const specs = filesEndingWith('.spec.ts', 'e2e').filter(({ file }) => !file.startsWith('e2e/helpers/'));

  it('finds the files it checks', () => {
    expect(dbTests.length).toBeGreaterThan(15);
    expect(specs.length).toBeGreaterThan(5);
  });

  it('no database test sets DATABASE_URL or BETTER_AUTH_URL itself (withTestDatabase does; vi.stubEnv for a while)', () => {
    expect(breaking(dbTests, /process\.env\.(DATABASE_URL|BETTER_AUTH_URL)\s*=[^=]/)).toEqual([]);
  });

  it('no database test clones the template itself (withTestDatabase does)', () => {
    expect(breaking(dbTests, /\bcreateTestDatabase\s*\(/)).toEqual([]);
  });

  it('no database test builds bodies and groups by hand (buildScenario, world.addGroup, world.addBody)', () => {
    expect(breaking(dbTests, /\b(makeBody|makeGroup)\b/)).toEqual([]);
  });

  it('no e2e spec writes its own sign-in through the form (signIn from e2e/helpers/sign-in)', () => {
    const ownSignIn = /(function\s+signIn\b|\b(const|let)\s+signIn\s*=|fill\(\s*DEMO_PASSWORD\b)/;
    expect(breaking(specs, ownSignIn)).toEqual([]);
  });
});
