import 'server-only';
import type { OutlineBlock, OutlineSection } from '@/lib/domain/edition/outline';
import { clean, fastWidth, pdfNumber as n, textContent, writeContent } from './pdf-text';

// A small page layout over pdfkit for the supplement (render-pdf.ts): paragraphs, headings, hanging
// lists and tables with repeated header rows, on A4 pages with 2 cm margins. Plain lines of text are
// measured and written by pdf-text.ts (the same bytes as pdfkit's `doc.text`, at a fraction of its
// cost), a table row in one write; pdfkit draws the rest. 10,000 table rows take about a second.

export type Font = 'Times-Roman' | 'Times-Bold' | 'Times-Italic';
type Doc = PDFKit.PDFDocument;
type Table = Extract<OutlineBlock, { type: 'table' }>;

const A4 = { width: 595.28, height: 841.89 };
const BODY = { size: 11, line: 13.5 };
const CELL = { size: 8.5, line: 10, pad: 3 };
const HANG = 110;
const LINK = '#0000cc';

export class PdfLayout {
  readonly left = 56.7;
  readonly right = A4.width - 56.7;
  readonly width = A4.width - 2 * 56.7;
  readonly top = 68;
  readonly bottom = A4.height - 62;
  y = this.top;
  pageIndex = 0;
  private font: string = '';
  private size = 0;
  private outlineParent: PDFKit.PDFOutline | null = null;

  constructor(readonly doc: Doc) {}

  get pageNumber(): number {
    return this.pageIndex + 1;
  }

  private use(font: Font, size: number): void {
    if (font !== this.font) this.doc.font((this.font = font));
    if (size !== this.size) this.doc.fontSize((this.size = size));
  }

  measure(value: string, font: Font, size: number): number {
    this.use(font, size);
    return fastWidth(this.doc, value) ?? this.doc.widthOfString(clean(value));
  }

  /** Greedy line breaking at spaces; a word longer than the line is cut. */
  wrap(value: string, font: Font, size: number, width: number): string[] {
    const space = this.measure(' ', font, size);
    const lines: string[] = [];
    let line = '';
    let used = 0;
    for (let word of value.split(' ')) {
      let w = this.measure(word, font, size);
      while (w > width && word.length > 1) {
        let cut = word.length - 1;
        while (cut > 1 && this.measure(word.slice(0, cut), font, size) > width) cut--;
        // Prefer to break after a hyphen ("draft-ietf-" / "teas-...").
        const hyphen = word.lastIndexOf('-', cut - 1);
        if (hyphen > 0) cut = hyphen + 1;
        if (line) lines.push(line);
        lines.push(word.slice(0, cut));
        line = '';
        used = 0;
        word = word.slice(cut);
        w = this.measure(word, font, size);
      }
      if (line && used + space + w > width) {
        lines.push(line);
        line = word;
        used = w;
      } else {
        line = line ? `${line} ${word}` : word;
        used = line === word ? w : used + space + w;
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }

  /** Shortens a single line with an ellipsis to fit `width`. */
  fit(value: string, font: Font, size: number, width: number): string {
    if (this.measure(value, font, size) <= width) return value;
    let cut = value.length;
    while (cut > 1 && this.measure(`${value.slice(0, cut)}…`, font, size) > width) cut--;
    return `${value.slice(0, cut)}…`;
  }

  text(
    value: string,
    x: number,
    y: number,
    font: Font,
    size: number,
    options?: PDFKit.Mixins.TextOptions,
  ): void {
    this.use(font, size);
    const content = options ? null : textContent(this.doc, value, x, y);
    if (content === null) this.doc.text(clean(value), x, y, { lineBreak: false, ...options });
    else writeContent(this.doc, content);
  }

  /** What `doc.text(value, x, y, { link: url, underline: true })` draws, in the body font. */
  private link(value: string, x: number, y: number, url: string): void {
    const { doc } = this;
    this.use('Times-Roman', BODY.size);
    const content = textContent(doc, value, x, y);
    const width = fastWidth(doc, value);
    if (content === null || width === null) {
      this.text(value, x, y, 'Times-Roman', BODY.size, { link: url, underline: true });
      return;
    }
    if (!content) return;
    const height = doc.currentLineHeight();
    doc.link(x, y, width, height, url, {});
    const thickness = BODY.size < 10 ? 0.5 : Math.floor(BODY.size / 10);
    doc.save().strokeColor(LINK).lineWidth(thickness);
    doc
      .moveTo(x, y + height - thickness)
      .lineTo(x + width, y + height - thickness)
      .stroke()
      .restore();
    writeContent(doc, content);
  }

  wrapped(
    value: string,
    x: number,
    y: number,
    font: Font,
    size: number,
    width: number,
    line: number,
  ): number {
    for (const l of this.wrap(value, font, size, width)) {
      this.text(l, x, y, font, size);
      y += line;
    }
    return y;
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.pageIndex += 1;
    this.y = this.top;
  }

  private ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  label(value: string): void {
    this.y += 10;
    this.ensure(3 * BODY.line);
    this.text(value, this.left, this.y, 'Times-Bold', BODY.size);
    this.y += BODY.line;
  }

  paragraph(value: string, options: { font?: Font; bold?: string; boldOffset?: number } = {}): void {
    const font = options.font ?? 'Times-Roman';
    this.y += 5;
    const lines = this.wrap(value, font, BODY.size, this.width);
    lines.forEach((line, i) => {
      this.ensure(BODY.line);
      if (i === 0 && options.bold && options.boldOffset !== undefined) {
        // "3.1.1  term [source]: text": the term in bold, the rest as measured.
        const before = line.slice(0, options.boldOffset);
        const after = line.slice(options.boldOffset + options.bold.length);
        let x = this.left;
        this.text(before, x, this.y, font, BODY.size);
        x += this.measure(before, font, BODY.size);
        this.text(options.bold, x, this.y, 'Times-Bold', BODY.size);
        x += this.measure(options.bold, 'Times-Bold', BODY.size);
        this.text(after, x, this.y, font, BODY.size);
      } else {
        this.text(line, this.left, this.y, font, BODY.size);
      }
      this.y += BODY.line;
    });
  }

  hanging(label: string, value: string, url: string | null): void {
    this.y += 4;
    const x = this.left + HANG;
    const width = this.width - HANG;
    const lines = this.wrap(value, 'Times-Roman', BODY.size, width);
    const urlLines = url ? this.wrap(url, 'Times-Roman', BODY.size, width) : [];
    const labelOwnLine = this.measure(label, 'Times-Roman', BODY.size) > HANG - 6;
    this.ensure((lines.length + (labelOwnLine ? 1 : 0)) * BODY.line);
    this.text(label, this.left, this.y, 'Times-Roman', BODY.size);
    if (labelOwnLine) this.y += BODY.line;
    for (const line of lines) {
      this.ensure(BODY.line);
      this.text(line, x, this.y, 'Times-Roman', BODY.size);
      this.y += BODY.line;
    }
    for (const line of urlLines) {
      this.ensure(BODY.line);
      this.doc.fillColor(LINK);
      this.link(line, x, this.y, url!);
      this.doc.fillColor('black');
      this.y += BODY.line;
    }
  }

  heading(section: OutlineSection, destination: string): void {
    const size = section.level === 1 ? 12.5 : section.level === 2 ? 12 : 11.5;
    this.y += section.level === 1 ? 14 : 9;
    const centered = section.number === null || section.number.startsWith('Annex');
    const lines = centered
      ? [...(section.number ? [section.number] : []), section.title]
      : this.wrap(section.title, 'Times-Bold', size, this.width - 48);
    // Keep the heading with the start of what follows it.
    this.ensure(lines.length * (size + 3) + (section.level === 3 ? 90 : 4 * BODY.line));
    this.doc.addNamedDestination(destination, 'XYZ', 0, A4.height - this.y + 20, null);
    if (section.level <= 2) {
      const title = section.number ? `${section.number} ${section.title}` : section.title;
      if (section.level === 1) this.outlineParent = this.doc.outline.addItem(title);
      else (this.outlineParent ?? this.doc.outline).addItem(title);
    }
    lines.forEach((line, i) => {
      if (centered) {
        this.text(line, this.left, this.y, 'Times-Bold', size, { width: this.width, align: 'center' });
      } else {
        if (i === 0) this.text(section.number ?? '', this.left, this.y, 'Times-Bold', size);
        this.text(line, this.left + 48, this.y, 'Times-Bold', size);
      }
      this.y += size + 3;
    });
    if (centered) this.y += 6;
  }

  table(table: Table): void {
    const total = table.columns.reduce((sum, c) => sum + c.width, 0);
    const widths = table.columns.map((c) => (c.width / total) * this.width);
    const inner = widths.map((w) => w - 2 * CELL.pad);
    const header = table.columns.map((c, i) => this.wrap(c.title, 'Times-Bold', CELL.size, inner[i]!));
    const headerHeight = Math.max(...header.map((l) => l.length)) * CELL.line + 2 * CELL.pad;
    const caption = this.wrap(table.caption, 'Times-Bold', 10, this.width);
    this.y += 8;
    this.ensure(caption.length * 12 + headerHeight + 3 * CELL.line);
    for (const line of caption) {
      this.text(line, this.left, this.y, 'Times-Bold', 10, { width: this.width, align: 'center' });
      this.y += 12;
    }
    this.y += 3;
    // A row's text and rules go to the page in one write (pdfkit would make one per operator).
    const drawRow = (
      cells: { lines: string[]; font: Font; size: number }[][],
      height: number,
      shade: boolean,
    ) => {
      const { doc } = this;
      if (shade) doc.rect(this.left, this.y, this.width, height).fill('#d9d9d9').fillColor('black');
      let content = '';
      let x = this.left;
      cells.forEach((parts, i) => {
        let y = this.y + CELL.pad;
        for (const part of parts) {
          for (const line of part.lines) {
            this.use(part.font, part.size);
            const text = textContent(doc, line, x + CELL.pad, y);
            if (text === null) {
              writeContent(doc, content);
              content = '';
              this.text(line, x + CELL.pad, y, part.font, part.size, {});
            } else content += text;
            y += CELL.line;
          }
        }
        x += widths[i]!;
      });
      const top = n(this.y);
      content += `${n(0.5)} w\n${n(this.left)} ${top} ${n(this.width)} ${n(height)} re\n`;
      x = this.left;
      for (const w of widths.slice(0, -1)) {
        x += w;
        content += `${n(x)} ${top} m\n${n(x)} ${n(this.y + height)} l\n`;
      }
      writeContent(doc, `${content}S\n`);
      this.y += height;
    };
    const headerCells = header.map((lines) => [{ lines, font: 'Times-Bold' as const, size: CELL.size }]);
    drawRow(headerCells, headerHeight, true);
    for (const row of table.rows) {
      const cells = row.cells.map((value, i) => {
        const parts = [
          {
            lines: this.wrap(value, 'Times-Roman', CELL.size, inner[i]!),
            font: 'Times-Roman' as Font,
            size: CELL.size,
          },
        ];
        if (i === 1 && row.note)
          parts.push({
            lines: this.wrap(row.note, 'Times-Italic', 7.5, inner[i]!),
            font: 'Times-Italic',
            size: 7.5,
          });
        return parts;
      });
      const height =
        Math.max(...cells.map((parts) => parts.reduce((n, p) => n + p.lines.length, 0))) * CELL.line +
        2 * CELL.pad;
      if (this.y + height > this.bottom) {
        this.newPage();
        drawRow(headerCells, headerHeight, true);
      }
      drawRow(cells, height, false);
    }
  }

  /** The running header and the page number on every page but the title page. */
  decoratePages(header: string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.text(this.fit(header, 'Times-Roman', 9, this.width), this.left, 34, 'Times-Roman', 9, {
        width: this.width,
        align: 'center',
      });
      this.doc.lineWidth(0.5).moveTo(this.left, 47).lineTo(this.right, 47).stroke();
      this.text(`– ${i + 1} –`, this.left, A4.height - 42, 'Times-Roman', 9, {
        width: this.width,
        align: 'center',
      });
    }
  }
}
