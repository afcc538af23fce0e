// Reads the generated DOCX (unzipped, word/document.xml) and PDF (text extracted with unpdf) back:
// every work item exactly once in the roadmap clauses, in its home clause; the changes; the Word
// features (heading styles, repeated table header rows, page number field); the PDF's table of
// contents; and byte-identical output for the same outline.
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareEditions } from '@/lib/domain/edition/changes';
import { buildOutline } from '@/lib/domain/edition/outline';
import { demoSnapshot } from '@/lib/tooling/edition-fixtures';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

const previous = demoSnapshot({ year: 2024, asOf: '2025-01-20' });
const snapshot = demoSnapshot();
const changes = compareEditions(previous, snapshot);
const outline = buildOutline({ snapshot, changes, previous: { year: 2024, revision: 0 } });

const count = (text: string, word: string) => text.split(word).length - 1;

describe('renderDocx', () => {
  let docx: Buffer;
  let xml: string;
  let paragraphs: string[];
  beforeAll(async () => {
    docx = await renderDocx(outline);
    xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    // Text per paragraph or table cell, with its style.
    paragraphs = [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/g)].map(([, p]) => {
      const style = /<w:pStyle w:val="([^"]+)"/.exec(p!)?.[1] ?? '';
      const text = [...p!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      return `${style}|${text}`;
    });
  });

  it('uses Heading 1-3 for the clauses, so that Word can navigate them', () => {
    expect(paragraphs).toContain('Heading1|1\tScope');
    expect(paragraphs).toContain('Heading1|6\tStandardization roadmap by topic');
    expect(paragraphs).toContain('Heading2|6.4\tNetwork slicing');
    expect(paragraphs.some((p) => /^Heading3\|6\.4\.\d+\tIETF$/.test(p))).toBe(true);
    expect(paragraphs).toContain('Heading1|Annex ALiaison statements of 2025');
  });

  it('repeats table header rows, numbers pages and has a table of contents', () => {
    const tables = count(xml, '<w:tbl>');
    expect(count(xml, '<w:tblHeader/>')).toBeGreaterThanOrEqual(tables - 1); // all but the title block
    const files = unzipSync(new Uint8Array(docx));
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers.some((f) => strFromU8(files[f]!).includes('PAGE'))).toBe(true);
    expect(xml).toMatch(/TOC \\h \\o/);
    expect(strFromU8(files['word/document.xml']!)).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('lists every item exactly once, in its home clause', () => {
    const start = paragraphs.indexOf('Heading1|6\tStandardization roadmap by topic');
    const end = paragraphs.indexOf('Heading1|8\tChanges since the previous edition');
    const roadmap = paragraphs.slice(start, end);
    let heading = '';
    const seen = new Map<string, string>();
    for (const p of roadmap) {
      const [style, text] = p.split('|') as [string, string];
      if (style.startsWith('Heading')) heading = text.split('\t')[0]!;
      else if (style === 'TableText' && snapshot.items.some((i) => i.identifier === text)) {
        expect(seen.has(text), `${text} twice`).toBe(false);
        seen.set(text, heading);
      }
    }
    expect(seen.size).toBe(snapshot.items.length);
    for (const item of snapshot.items) {
      expect(seen.get(item.identifier)!.startsWith(item.generation === 'IMT2030' ? '7.' : '6.')).toBe(true);
    }
  });

  it('shows the changes', () => {
    const start = paragraphs.indexOf('Heading1|8\tChanges since the previous edition');
    const clause = paragraphs
      .slice(start, paragraphs.indexOf('Heading1|Annex ALiaison statements of 2025'))
      .join('\n');
    for (const c of changes.added) expect(clause).toContain(`TableText|${c.identifier}`);
    for (const c of changes.statusChanged)
      expect(clause).toContain(`TableText|${c.from.statusName} → ${c.to.statusName}`);
    expect(clause).toContain('TableText|Y.IMT2020-retired');
  });

  it('gives the same bytes for the same outline', async () => {
    expect((await renderDocx(outline)).equals(docx)).toBe(true);
  });
});

describe('renderPdf', () => {
  let pdf: Buffer;
  let text: string;
  let pages: number;
  beforeAll(async () => {
    pdf = await renderPdf(outline);
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const result = await extractText(document, { mergePages: true });
    text = result.text;
    pages = result.totalPages;
  });

  it('is A4 with a table of contents, a running header and page numbers', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain('Table of Contents');
    expect(text).toMatch(/6\.4 {1,2}Network slicing \.+ \d+/);
    expect(count(text, 'IMT roadmap, 2025 edition')).toBe(pages - 1);
    expect(text).toContain(`– ${pages} –`);
  });

  /** Where a clause's heading is (in the body: table of contents entries end in dots and a page). */
  const at = (number: string, title: string) => {
    const match = new RegExp(`\\n${number.replace('.', '\\.')}${title ? ` +${title}` : ''}\\n`).exec(text);
    expect(match, `${number} ${title}`).not.toBeNull();
    return match!.index;
  };

  it('lists every item exactly once in the roadmap clauses', () => {
    // A table row starts a line with its identifier; an identifier cut after a hyphen is joined.
    // (A title wrapped before an identifier it cites, "(3GPP\nTS 23.501 version 15.2.0", is not a row.)
    const roadmap = text
      .slice(at('6', 'Standardization roadmap by topic'), at('8', 'Changes since the previous edition'))
      .replace(/-\n/g, '-');
    const imt2030Start = roadmap.search(/\n7 +Work on IMT-2030\n/);
    for (const item of snapshot.items) {
      const id = item.identifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      const rows = [...roadmap.matchAll(new RegExp(`\\n${id}(?=\\s)(?! version)`, 'g'))];
      expect(rows.length, item.identifier).toBe(1);
      expect(rows[0]!.index > imt2030Start, item.identifier).toBe(item.generation === 'IMT2030');
    }
  });

  it('shows the changes and the liaison annex', () => {
    const clause = text
      .slice(at('8', 'Changes since the previous edition'), at('Annex A', ''))
      .replace(/-\n/g, '-');
    for (const c of changes.added) expect(clause).toContain(`\n${c.identifier}`);
    expect(clause).toContain('Y.IMT2020-retired');
    expect(text).toContain('Liaison statements of 2025');
  });

  it('gives the same bytes for the same outline', async () => {
    expect((await renderPdf(outline)).equals(pdf)).toBe(true);
  });
});
