// A light reading of a migration's SQL, to refuse before running it what cannot run inside the one
// transaction each migration gets (docs/decisions/003-migrations-without-the-prisma-cli.md).
// Not a parser: it only needs to know where statements start, outside comments, strings and bodies.

// Sticky patterns, tried at each position: comments, then quoted texts (E'' strings take backslash escapes).
const SKIPPED = [
  /--[^\n]*/y,
  /\/\*[\s\S]*?\*\//y,
  /[eE]'(?:[^'\\]|\\[\s\S]|'')*'/y,
  /'(?:[^']|'')*'/y,
  /"(?:[^"]|"")*"/y,
];
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;

/** The script's top-level statements, with comments removed and every quoted text blanked. */
export function topLevelStatements(sql: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let i = 0;
  while (i < sql.length) {
    const end = skippedEnd(sql, i);
    if (end !== undefined) {
      // A comment becomes a space; a quoted text a placeholder, so that no statement seems to start later.
      current += sql[i] === '-' || sql[i] === '/' ? ' ' : ' _ ';
      i = end;
    } else if (sql[i] === ';') {
      pieces.push(current);
      current = '';
      i += 1;
    } else {
      current += sql[i];
      i += 1;
    }
  }
  pieces.push(current);
  return mergeAtomicBodies(pieces.map((piece) => piece.replace(/\s+/g, ' ').trim()).filter(Boolean));
}

/** Where the comment, string, quoted name or $tag$ body starting at `at` ends, if one starts there. */
function skippedEnd(sql: string, at: number): number | undefined {
  for (const pattern of SKIPPED) {
    pattern.lastIndex = at;
    if (pattern.test(sql)) return pattern.lastIndex;
  }
  // `$` may also sit inside a name (a$b$c): a quote only opens where no name is going on.
  if (/[\w$]/.test(sql[at - 1] ?? '')) return undefined;
  DOLLAR_TAG.lastIndex = at;
  const tag = DOLLAR_TAG.exec(sql)?.[0];
  if (!tag) return undefined;
  const close = sql.indexOf(tag, at + tag.length);
  return close < 0 ? sql.length : close + tag.length;
}

/** `CREATE FUNCTION ... BEGIN ATOMIC s1; s2; END` is one statement although it contains semicolons. */
function mergeAtomicBodies(pieces: string[]): string[] {
  const statements: string[] = [];
  let open: string | undefined;
  for (const piece of pieces) {
    if (open !== undefined) {
      open += `; ${piece}`;
      if (/^END\b/i.test(piece)) {
        statements.push(open);
        open = undefined;
      }
    } else if (/^CREATE\b.*\bBEGIN ATOMIC\b/i.test(piece) && !/\bEND$/i.test(piece)) {
      open = piece;
    } else {
      statements.push(piece);
    }
  }
  if (open !== undefined) statements.push(open);
  return statements;
}

const TRANSACTION_CONTROL =
  /^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE TRANSACTION)\b/i;

/** Why the script cannot run inside a transaction, or undefined when it can (as far as we can tell). */
export function transactionProblem(sql: string): string | undefined {
  for (const statement of topLevelStatements(sql)) {
    const control = TRANSACTION_CONTROL.exec(statement)?.[1];
    if (control) {
      return `it contains "${control.toUpperCase()}": the runner already wraps each migration in a transaction`;
    }
    if (/\bCONCURRENTLY\b/i.test(statement)) {
      return (
        `"${statement.slice(0, 80)}" uses CONCURRENTLY, which PostgreSQL refuses inside a transaction; ` +
        'build the index without it, or outside migrations'
      );
    }
  }
  return undefined;
}
