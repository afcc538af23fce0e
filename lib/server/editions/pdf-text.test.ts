// pdf-text.ts writes what pdfkit's `doc.text(value, x, y, { lineBreak: false })` writes and
// measures as `doc.widthOfString`: the same bytes, compared here on kerned pairs, the characters
// WinAnsiEncoding maps, those it replaces, and an empty line, in the three fonts of the supplement.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { clean, fastWidth, textContent, writeContent } from './pdf-text';

const LINES = ['AVAWAY To Ty. Wo', 'Y.3101 – “draft” € 5‰ 3GPP → ETSI ≥ 2', '', 'Œuvre ½ naïve'];
const FONTS = [
  ['Times-Roman', 11],
  ['Times-Bold', 8.5],
  ['Times-Italic', 7.5],
] as const;

async function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  const date = new Date('2026-01-01T00:00:00Z');
  const doc = new PDFDocument({ size: 'A4', margin: 0, compress: false, info: { CreationDate: date } });
  (doc as unknown as { _id: Buffer })._id = Buffer.from('0'.repeat(16));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks).toString('latin1');
}

describe('pdf-text', () => {
  it('writes the bytes pdfkit writes for a line of text', async () => {
    const draw = (fast: boolean) => (doc: PDFKit.PDFDocument) => {
      let y = 50;
      for (const [font, size] of FONTS) {
        doc.font(font).fontSize(size);
        for (const line of LINES) {
          const content = fast ? textContent(doc, line, 56.7, y) : null;
          if (content === null) doc.text(clean(line), 56.7, y, { lineBreak: false });
          else writeContent(doc, content);
          y += 20;
        }
      }
    };
    const [pdfkit, fast] = await Promise.all([pdf(draw(false)), pdf(draw(true))]);
    expect(fast).toBe(pdfkit);
    expect(pdfkit).toContain('TJ');
  });

  it('measures as pdfkit does, to the last bit', async () => {
    await pdf((doc) => {
      for (const [font, size] of FONTS) {
        doc.font(font).fontSize(size);
        for (const line of LINES) expect(fastWidth(doc, line)).toBe(doc.widthOfString(clean(line)));
      }
    });
  });
});
