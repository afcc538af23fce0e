import 'server-only';
import PDFDocument from 'pdfkit';
import type { OutlineBlock, OutlineSection, SupplementOutline } from '@/lib/domain/edition/outline';
import { PdfLayout, type Font } from './pdf-layout';

// The annual supplement as a print-ready PDF: A4, Times (one of the 14 standard PDF fonts, so no
// font file is needed at run time), title page, Summary and Keywords, a table of contents with page
// numbers, numbered clauses (also as PDF bookmarks), tables whose header row repeats on every page,
// a running header and page numbers. pdfkit draws; the layout (pdf-layout.ts) is our own, because
// pdfmake took 40 s for 10,000 rows. The same outline gives the same bytes (fixed dates and id).

const TOC_LINE = 15;

interface TocEntry {
  label: string;
  level: number;
  destination: string;
  page: number;
}

function drawBlock(layout: PdfLayout, block: OutlineBlock): void {
  switch (block.type) {
    case 'paragraph':
      layout.paragraph(block.text, { font: block.italic ? 'Times-Italic' : 'Times-Roman' });
      return;
    case 'table':
      layout.table(block);
      return;
    case 'terms':
      for (const t of block.entries) {
        layout.paragraph(`${t.number}  ${t.term}${t.source ? ` ${t.source}` : ''}: ${t.text}`, {
          bold: t.term,
          boldOffset: t.number.length + 2,
        });
      }
      return;
    case 'abbreviations':
      for (const a of block.entries) layout.hanging(a.abbreviation, a.expansion, null);
      return;
    case 'references':
      for (const r of block.entries) layout.hanging(r.label, r.text, r.url);
      return;
  }
}

function drawSection(layout: PdfLayout, section: OutlineSection, toc: TocEntry[]): void {
  const destination = `clause-${section.id}`;
  const annex = section.number?.startsWith('Annex');
  if (annex || section.number === null) layout.newPage();
  const label = section.number
    ? annex
      ? `${section.number} – ${section.title}`
      : `${section.number}  ${section.title}`
    : section.title;
  layout.heading(section, destination);
  if (section.level <= 2) toc.push({ label, level: section.level, destination, page: layout.pageNumber });
  for (const block of section.blocks) drawBlock(layout, block);
  for (const child of section.sections) drawSection(layout, child, toc);
}

function titlePage(layout: PdfLayout, outline: SupplementOutline): void {
  const t = outline.titleBlock;
  const { doc, left, right, width } = layout;
  const line = (y: number, weight: number) => doc.lineWidth(weight).moveTo(left, y).lineTo(right, y).stroke();
  layout.text('International Telecommunication Union', left, 60, 'Times-Roman', 10);
  layout.text(t.sector, left, 78, 'Times-Bold', 36);
  const [series, number] = t.series.split(' – ');
  [series ?? '', number ?? '', t.dateLabel].forEach((value, i) =>
    layout.text(value, left, 78 + i * 19, 'Times-Bold', 16, { width, align: 'right' }),
  );
  layout.text('TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU', left, 142, 'Times-Roman', 9);
  line(156, 1.5);
  layout.wrapped(t.seriesTitle, left, 280, 'Times-Bold', 11, width, 14);
  layout.text(t.number, left, 420, 'Times-Bold', 14);
  layout.wrapped(t.title, left, 446, 'Times-Bold', 20, width, 24);
  line(770, 1.5);
  layout.text(`${t.number} ${t.dateLabel}`, left, 776, 'Times-Roman', 9);
}

function tocPagesNeeded(layout: PdfLayout, entries: number): number {
  const perPage = Math.floor((layout.bottom - layout.top - 40) / TOC_LINE);
  return Math.max(1, Math.ceil(entries / perPage));
}

function drawToc(layout: PdfLayout, firstPage: number, entries: TocEntry[]): void {
  const { doc, left, right } = layout;
  let page = firstPage;
  doc.switchToPage(page);
  let y = layout.top;
  layout.text('Table of Contents', left, y, 'Times-Bold', 12, { width: layout.width, align: 'center' });
  y += 30;
  for (const entry of entries) {
    if (y + TOC_LINE > layout.bottom) {
      doc.switchToPage(++page);
      y = layout.top;
    }
    const indent = entry.level === 1 ? 0 : 18;
    const font: Font = entry.level === 1 ? 'Times-Bold' : 'Times-Roman';
    const pageText = String(entry.page);
    const numberWidth = layout.measure(pageText, 'Times-Roman', 11);
    const label = layout.fit(entry.label, font, 11, right - left - indent - numberWidth - 24);
    const labelWidth = layout.measure(label, font, 11);
    layout.text(label, left + indent, y, font, 11, { goTo: entry.destination });
    const dots = '.'.repeat(
      Math.max(0, Math.floor((right - numberWidth - left - indent - labelWidth - 8) / 2.75)),
    );
    layout.text(
      dots,
      right - numberWidth - 4 - layout.measure(dots, 'Times-Roman', 11),
      y,
      'Times-Roman',
      11,
    );
    layout.text(pageText, right - numberWidth, y, 'Times-Roman', 11, { goTo: entry.destination });
    y += TOC_LINE;
  }
}

function countTocEntries(sections: OutlineSection[]): number {
  return sections.reduce((n, s) => n + (s.level <= 2 ? 1 : 0) + countTocEntries(s.sections), 0);
}

export async function renderPdf(outline: SupplementOutline): Promise<Buffer> {
  const date = new Date(`${outline.titleBlock.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    autoFirstPage: true,
    displayTitle: true,
    lang: 'en',
    info: {
      Title: `${outline.titleBlock.number}: ${outline.titleBlock.title}`,
      Author: 'ITU-T',
      Subject: outline.summary[0] ?? '',
      Keywords: outline.keywords.join(', '),
      Creator: 'IMT Roadmap',
      Producer: 'IMT Roadmap (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  // pdfkit derives the file identifier from the clock; the outline's date fixes it.
  (doc as unknown as { _id: Buffer })._id = Buffer.from(outline.titleBlock.date.padEnd(16, '0'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const layout = new PdfLayout(doc);
  titlePage(layout, outline);

  layout.newPage();
  layout.label('Summary');
  for (const p of outline.summary) layout.paragraph(p);
  layout.label('Keywords');
  layout.paragraph(outline.keywords.join(', '));

  const tocFirst = layout.pageIndex + 1;
  const tocPages = tocPagesNeeded(layout, countTocEntries(outline.sections));
  for (let i = 0; i < tocPages; i++) layout.newPage();

  const toc: TocEntry[] = [];
  layout.newPage();
  for (const section of outline.sections) drawSection(layout, section, toc);

  drawToc(layout, tocFirst, toc);
  layout.decoratePages(outline.runningHeader);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
