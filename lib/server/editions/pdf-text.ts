import 'server-only';

// Fast text for the supplement's PDF (pdf-layout.ts): the widths and the content-stream operators
// of one line of text in a standard font, the same bytes as pdfkit's `doc.text(value, x, y,
// { lineBreak: false })` writes, without its per-call cost. pdfkit measures a line twice and
// encodes it once per call, each time looking every pair of letters up in its kerning table by a
// string key; for 10,000 table rows that was most of the rendering time. Here a font's glyph
// widths and kerning pairs are looked up once per character code and kept in typed arrays.
// This relies on pdfkit 0.20's internals for the 14 standard fonts (StandardFont, AFMFont);
// render.test.ts checks that the text reads back and that the output is stable.

interface AfmFont {
  encodeText(text: string): string[];
  characterToGlyph(code: number): string;
  widthOfGlyph(glyph: string): number;
  getKernPair(left: string, right: string): number;
}

/** pdfkit's StandardFont: `font` is its AFM metrics; `id` its resource name ("F1"). */
interface StandardFont {
  id: string;
  ascender: number;
  font?: AfmFont;
  ref(): unknown;
}

interface DocInternals {
  _font?: StandardFont;
  _fontSize: number;
  x: number;
  y: number;
  page: { height: number; fonts: Record<string, unknown>; write(chunk: Uint8Array): void };
}

// The standard fonts use WinAnsiEncoding: characters outside it are replaced.
const OUTSIDE_WIN_ANSI = /[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u2122]/g;
export const clean = (value: string) =>
  value.replace(OUTSIDE_WIN_ANSI, (c) => (c === '→' ? '->' : c === '≥' ? '>=' : c === '≤' ? '<=' : '?'));

/** pdfkit's PDFObject.number: six decimals at most. */
const number = (n: number) => Math.round(n * 1e6) / 1e6;

/** A character's code in WinAnsiEncoding (what pdfkit writes), or -1 if `clean` replaces it. */
const winAnsi = new Map<number, number>();

class FontMetrics {
  private readonly glyphs: string[] = [];
  private readonly widths = new Float64Array(256);
  private readonly hex: string[] = [];
  private readonly kerns = new Float64Array(256 * 256).fill(Number.NaN);

  constructor(private readonly afm: AfmFont) {
    for (let code = 0; code < 256; code++) {
      const glyph = afm.characterToGlyph(code);
      this.glyphs.push(glyph);
      this.widths[code] = afm.widthOfGlyph(glyph);
      this.hex.push(code.toString(16));
    }
  }

  /** The WinAnsi codes of `text`, or null when `clean` would change it. */
  codes(text: string): Uint8Array | null {
    const codes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 256) {
        codes[i] = c;
        continue;
      }
      let code = winAnsi.get(c);
      if (code === undefined) {
        const char = String.fromCharCode(c);
        code = clean(char) === char ? parseInt(this.afm.encodeText(char)[0] ?? '', 16) : -1;
        if (!(code >= 0 && code < 256)) code = -1;
        winAnsi.set(c, code);
      }
      if (code < 0) return null;
      codes[i] = code;
    }
    return codes;
  }

  private kern(left: number, right: number): number {
    const key = (left << 8) | right;
    let kern = this.kerns[key]!;
    if (Number.isNaN(kern)) {
      kern = this.afm.getKernPair(this.glyphs[left]!, this.glyphs[right]!);
      this.kerns[key] = kern;
    }
    return kern;
  }

  /** As pdfkit's `doc.widthOfString(text)` at `size`, to the last bit. */
  width(codes: Uint8Array, size: number): number {
    let width = 0;
    const last = codes.length - 1;
    for (let i = 0; i <= last; i++) {
      const code = codes[i]!;
      width += this.widths[code]! + (i < last ? this.kern(code, codes[i + 1]!) : 0);
    }
    return ((width * (size / 1000) + 0) * 100) / 100;
  }

  /** The TJ operator pdfkit's `_fragment` writes: hex runs split where kerning moves a glyph. */
  showText(codes: Uint8Array): string {
    const parts: string[] = [];
    let run = '';
    const last = codes.length - 1;
    for (let i = 0; i <= last; i++) {
      const code = codes[i]!;
      run += this.hex[code]!;
      const w = this.widths[code]!;
      const advance = i < last ? w + this.kern(code, codes[i + 1]!) - w : 0;
      if (advance !== 0 || i === last) {
        parts.push(`<${run}> ${number(-advance)}`);
        run = '';
      }
    }
    return `[${parts.join(' ')}] TJ`;
  }
}

const metrics = new WeakMap<StandardFont, FontMetrics | null>();

function metricsOf(font: StandardFont | undefined): FontMetrics | null {
  if (!font) return null;
  let m = metrics.get(font);
  if (m === undefined) {
    m = font.font ? new FontMetrics(font.font) : null;
    metrics.set(font, m);
  }
  return m;
}

/** The width of `text` in the document's current font and size, or null if it cannot say. */
export function fastWidth(doc: PDFKit.PDFDocument, text: string): number | null {
  const d = doc as unknown as DocInternals;
  const m = metricsOf(d._font);
  const codes = m && (m.codes(text) ?? m.codes(clean(text)));
  if (!m || !codes) return null;
  return codes.length ? m.width(codes, d._fontSize) : 0;
}

/**
 * What `doc.text(text, x, y, { lineBreak: false })` writes to the page's content stream for one
 * line of `text` at (x, y), top left, in the current font and size; or null if this cannot say
 * (the caller falls back to pdfkit). Registers the font with the page, as pdfkit does.
 */
export function textContent(doc: PDFKit.PDFDocument, text: string, x: number, y: number): string | null {
  if (text.includes('\n')) return null;
  const d = doc as unknown as DocInternals;
  const font = d._font;
  const m = metricsOf(font);
  const codes = m && (m.codes(text) ?? m.codes(clean(text)));
  if (!font || !m || !codes) return null;
  d.x = x;
  d.y = y;
  if (!codes.length) return '';
  const size = d._fontSize;
  const page = d.page;
  page.fonts[font.id] ??= font.ref();
  const baseline = page.height - y - (font.ascender / 1000) * size;
  return (
    `q\n1 0 0 -1 0 ${number(page.height)} cm\nBT\n1 0 0 1 ${number(x)} ${number(baseline)} Tm\n` +
    `/${font.id} ${number(size)} Tf\n${m.showText(codes)}\nET\nQ\n`
  );
}

/** Writes content (lines ending in "\n") to the current page, as pdfkit's `addContent` would. */
export function writeContent(doc: PDFKit.PDFDocument, content: string): void {
  if (content) (doc as unknown as DocInternals).page.write(Buffer.from(content, 'latin1'));
}

/** pdfkit's `number`, for drawing operators written with `writeContent`. */
export { number as pdfNumber };
