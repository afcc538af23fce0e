import 'server-only';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { OutlineBlock, OutlineSection, SupplementOutline } from '@/lib/domain/edition/outline';

// The annual supplement as a Word document laid out like an ITU-T Supplement: A4, Times New Roman,
// numbered clauses in the Heading 1-3 styles (Word's navigation pane and the table of contents
// follow them), tables whose header row repeats on every page, running header and page numbers.
// Deterministic: the package's dates come from the outline, the random relationship ids of
// hyperlinks and the counters docx keeps across documents are renumbered, and the zip entries get
// a fixed time, so the same outline gives the same bytes.

const FONT = 'Times New Roman';
const PAGE = { width: 11906, height: 16838, margin: 1134 }; // A4 in twips, 2 cm margins
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HANG = 2268; // 4 cm: labels of references, terms and abbreviations
const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, ...options });

function heading(section: OutlineSection): Paragraph {
  const annex = section.number?.startsWith('Annex');
  const children: ParagraphChild[] = section.number
    ? annex
      ? [text(section.number), new TextRun({ text: section.title, break: 1 })]
      : [text(`${section.number}\t${section.title}`)]
    : [text(section.title)];
  return new Paragraph({
    heading: HEADING_LEVELS[section.level],
    children,
    ...(annex || !section.number ? { alignment: AlignmentType.CENTER, pageBreakBefore: true } : {}),
  });
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children,
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } } : {}),
  });
}

type TableBlock = Extract<OutlineBlock, { type: 'table' }>;

// The tables are written as WordprocessingML directly, into placeholders left in the document docx
// writes: docx's object model needs about 1 GB for the 50,000 cells of a 10,000-item edition, a
// string of the same XML about 20 MB.
const placeholder = (index: number) => `@@TABLE-${index}@@`;
const PLACEHOLDER =
  /<w:p>(?:<w:pPr>(?:(?!<\/w:p>).)*?<\/w:pPr>)?<w:r><w:t xml:space="preserve">@@TABLE-(\d+)@@<\/w:t><\/w:r><\/w:p>/g;

function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function tableXml(block: TableBlock): string {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const run = (value: string, props = '') =>
    `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;
  const para = (runs: string) => `<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>${runs}</w:p>`;
  const tc = (i: number, content: string, shade = '') =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shade}</w:tcPr>${content}</w:tc>`;
  const shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>';
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${block.columns.map((c, i) => tc(i, para(run(c.title, '<w:b/>')), shade)).join('')}</w:tr>`,
  ];
  for (const row of block.rows) {
    const cells = row.cells.map((value, i) =>
      tc(
        i,
        para(run(value)) +
          (i === 1 && row.note ? para(run(row.note, '<w:i/><w:sz w:val="16"/><w:szCs w:val="16"/>')) : ''),
      ),
    );
    parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`);
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

function table(block: TableBlock, tables: TableBlock[]): Paragraph[] {
  tables.push(block);
  return [
    new Paragraph({ style: 'TableCaption', children: [text(block.caption)] }),
    new Paragraph({ children: [text(placeholder(tables.length - 1))] }),
  ];
}

function hanging(label: ParagraphChild[], rest: ParagraphChild[]): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: HANG }],
    indent: { left: HANG, hanging: HANG },
    children: [...label, new TextRun({ text: '\t' }), ...rest],
  });
}

function blocks(block: OutlineBlock, tables: TableBlock[]): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: [text(block.text, { italics: block.italic })] })];
    case 'table':
      return table(block, tables);
    case 'terms':
      return block.entries.map(
        (t) =>
          new Paragraph({
            children: [
              text(`${t.number}\t`),
              text(t.term, { bold: true }),
              text(t.source ? ` ${t.source}: ` : ': '),
              text(t.text),
            ],
            tabStops: [{ type: TabStopType.LEFT, position: 794 }],
          }),
      );
    case 'abbreviations':
      return block.entries.map((a) => hanging([text(a.abbreviation)], [text(a.expansion)]));
    case 'references':
      return block.entries.map((r) =>
        hanging(
          [text(r.label)],
          [
            text(r.url ? `${r.text} ` : r.text),
            ...(r.url
              ? [
                  new ExternalHyperlink({
                    link: r.url,
                    children: [new TextRun({ text: r.url, style: 'Hyperlink' })],
                  }),
                ]
              : []),
          ],
        ),
      );
  }
}

function sectionContent(section: OutlineSection, tables: TableBlock[]): (Paragraph | Table)[] {
  return [
    heading(section),
    ...section.blocks.flatMap((b) => blocks(b, tables)),
    ...section.sections.flatMap((s) => sectionContent(s, tables)),
  ];
}

function titlePage(outline: SupplementOutline): (Paragraph | Table)[] {
  const t = outline.titleBlock;
  const [series, number] = t.series.split(' – ');
  return [
    new Paragraph({ children: [text('International Telecommunication Union', { size: 20 })] }),
    new Table({
      columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      borders: noBorders,
      rows: [
        new TableRow({
          children: [
            cell([new Paragraph({ children: [text(t.sector, { bold: true, size: 72 })] })], TEXT_WIDTH / 2),
            cell(
              [series, number, t.dateLabel].map(
                (line) =>
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [text(line ?? '', { bold: true, size: 32 })],
                  }),
              ),
              TEXT_WIDTH / 2,
            ),
          ],
        }),
      ],
    }),
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } },
      children: [text('TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU', { size: 18 })],
    }),
    new Paragraph({ spacing: { before: 2400 }, children: [text(t.seriesTitle, { bold: true, size: 22 })] }),
    new Paragraph({ spacing: { before: 2400 }, children: [text(`${t.number}`, { bold: true, size: 28 })] }),
    new Paragraph({ spacing: { before: 240 }, children: [text(t.title, { bold: true, size: 40 })] }),
    new Paragraph({
      spacing: { before: 4800 },
      border: { top: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } },
      children: [text(`${t.number} ${t.dateLabel}`, { size: 18 }), new PageBreak()],
    }),
  ];
}

function frontMatter(outline: SupplementOutline): (Paragraph | Table | TableOfContents)[] {
  const label = (value: string) => new Paragraph({ style: 'Headingb', children: [text(value)] });
  return [
    label('Summary'),
    ...outline.summary.map((s) => new Paragraph({ children: [text(s)] })),
    label('Keywords'),
    new Paragraph({ children: [text(outline.keywords.join(', '))] }),
    new Paragraph({
      style: 'Headingb',
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      children: [text('Table of Contents')],
    }),
    new TableOfContents('Table of Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

export async function renderDocx(outline: SupplementOutline): Promise<Buffer> {
  const tables: TableBlock[] = [];
  const headingStyle = (id: string, name: string, level: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size: 24, bold: true },
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      spacing: { before: level === 0 ? 360 : 240, after: 0 },
      tabStops: [{ type: TabStopType.LEFT, position: 794 }],
      indent: { left: 794, hanging: 794 },
    },
  });
  const document = new Document({
    // Word fills in the table of contents' page numbers when it opens the document. (docx's own
    // page layout, `estimatePageNumbers`, cannot see the tables written as XML afterwards.)
    features: { updateFields: true },
    creator: 'IMT Roadmap',
    lastModifiedBy: 'IMT Roadmap',
    title: `${outline.titleBlock.number}: ${outline.titleBlock.title}`,
    description: outline.summary[0],
    keywords: outline.keywords.join(', '),
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { before: 120, after: 0 } } },
      },
      paragraphStyles: [
        headingStyle('Heading1', 'Heading 1', 0),
        headingStyle('Heading2', 'Heading 2', 1),
        headingStyle('Heading3', 'Heading 3', 2),
        {
          id: 'Headingb',
          name: 'Headingb',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true },
          paragraph: { keepNext: true, spacing: { before: 240 } },
        },
        {
          id: 'TableText',
          name: 'Table_Text',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { spacing: { before: 40, after: 40 } },
        },
        {
          id: 'TableCaption',
          name: 'Table_No & title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 20 },
          paragraph: {
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 240, after: 120 },
          },
        },
        {
          id: 'HeaderText',
          name: 'Header_Text',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0 } },
        },
      ],
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '0000FF', underline: {} } }],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ style: 'HeaderText', children: [text(outline.runningHeader)] })],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'HeaderText',
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          ...titlePage(outline),
          ...frontMatter(outline),
          ...outline.sections.flatMap((s) => sectionContent(s, tables)),
        ],
      },
    ],
  });
  return deterministic(await packageFiles(document), outline.titleBlock.date, tables);
}

type PackageFiles = Map<string, string | Uint8Array>;

/**
 * The package's files as docx would zip them. docx's Packer zips them, and we would unzip them at
 * once to renumber and re-zip (a fifth of the time for 10,000 items): its compiler, which Packer
 * uses and does not export, gives them unzipped. Packer and unzipping are the fallback should a
 * docx release move it; render.test.ts checks the output either way.
 */
async function packageFiles(document: Document): Promise<PackageFiles> {
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document) => PackageFiles } })
    .compiler;
  if (typeof compiler?.compile === 'function') return compiler.compile(document);
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))));
}

/** Renumbers what docx makes random or counts across documents, fixes dates, and re-zips. */
function deterministic(files: PackageFiles, date: string, tables: TableBlock[]): Buffer {
  const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : strFromU8(data));
  const stamp = `${date}T00:00:00Z`;
  const rels = text(files.get('word/_rels/document.xml.rels') ?? '');
  const ids = new Map<string, string>();
  for (const [, id] of rels.matchAll(/Id="([^"]+)"/g))
    if (!/^rId\d+$/.test(id!)) ids.set(id!, `rIdL${ids.size + 1}`);
  const relink = (xml: string) =>
    xml.replace(/"([^"]+)"/g, (whole, id: string) => (ids.has(id) ? `"${ids.get(id)}"` : whole));
  const out: Zippable = {};
  for (const [name, data] of files) {
    let content: string | Uint8Array = data;
    if (name === 'docProps/core.xml') {
      content = text(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
    } else if (name === 'word/_rels/document.xml.rels' || name === 'word/document.xml') {
      content = relink(text(data));
      if (name === 'word/document.xml')
        content = renumberBookmarks(content).replace(PLACEHOLDER, (_, i: string) =>
          tableXml(tables[Number(i)]!),
        );
    }
    if (typeof content === 'string') content = strToU8(content);
    out[name] = [content, { mtime: new Date(stamp) }];
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}

/** Bookmark ids and names count up across every document docx writes in the process: restart them. */
function renumberBookmarks(xml: string): string {
  const names = new Map<string, number>();
  xml = xml.replace(/_Toc(\d+)/g, (_, n: string) => {
    if (!names.has(n)) names.set(n, names.size + 1);
    return `_Toc${names.get(n)}`;
  });
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g, (_, head: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${head}${ids.get(id)}"`;
  });
}
