// The "zip bomb" of issue 10: a workbook of a few MB whose sheet inflates to about 200 MB, in the
// roadmap format (every line then fails: no such group), as an attacker sent it.
import { ROADMAP_COLUMNS } from '../../lib/domain/roadmap-csv.ts';
import { sheetXml, xlsxWithSheet } from '../../lib/tooling/zip-writer.ts';

function* rows(inflatedBytes: number): Generator<string[]> {
  yield [...ROADMAP_COLUMNS];
  // About 780 bytes of XML a row; a few pseudo-random digits keep deflate near 30:1.
  let seed = 1;
  const noise = () => (seed = (seed * 48271) % 2147483647).toString(36);
  for (let n = 1; n <= Math.ceil(inflatedBytes / 780); n += 1)
    yield ROADMAP_COLUMNS.map((column, i) => (i < 2 ? `${column} ${n} ${noise()}` : column));
}

export function zipBomb(inflatedBytes = 199 * 1024 * 1024): { file: Buffer; inflatedBytes: number } {
  const sheet = Buffer.from(sheetXml(rows(inflatedBytes)));
  return { file: xlsxWithSheet(sheet), inflatedBytes: sheet.length };
}
