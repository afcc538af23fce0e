import type { OutlineBlock, OutlineSection, SupplementOutline } from '@/lib/domain/edition/outline';

// The supplement as a web page: the same outline as the DOCX and PDF (title block, summary,
// numbered clauses with their tables, Annex A, Bibliography), rendered by plain server components.
// A 10,000-item edition is a long page; the classes sit on the tables, not on every cell, to keep
// it small.

export const sectionAnchor = (id: string) => `sec-${id.replaceAll('/', '-')}`;

const HEADINGS = { 1: 'h2', 2: 'h3', 3: 'h4' } as const;
const HEADING_CLASS = {
  1: 'text-xl font-semibold text-slate-900 mt-8',
  2: 'text-lg font-semibold text-slate-900 mt-6',
  3: 'text-base font-semibold text-slate-900 mt-4',
} as const;

const tableClass =
  'w-full border-collapse text-sm [&_td]:border-t [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1.5 [&_td]:align-top [&_th]:bg-slate-100 [&_th]:px-2 [&_th]:py-1.5 [&_th]:text-left [&_th]:font-semibold';

function Table({ block, id }: { block: Extract<OutlineBlock, { type: 'table' }>; id: string }) {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const linked = block.role === 'roadmap';
  return (
    <div
      className="my-3 overflow-x-auto rounded border border-slate-200 bg-white"
      role="region"
      aria-labelledby={id}
      tabIndex={0}
    >
      <table className={`${tableClass} min-w-[40rem]`}>
        <caption id={id} className="bg-white px-2 py-2 text-left font-semibold text-slate-800">
          {block.caption}
        </caption>
        <colgroup>
          {block.columns.map((c) => (
            <col key={c.title} style={{ width: `${Math.round((c.width / total) * 100)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th key={c.title} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={row.key ?? r}>
              {row.cells.map((value, i) => (
                <td key={i}>
                  {i === 0 && linked && row.key !== undefined ? (
                    <a href={`/items/${encodeURIComponent(value)}`}>{value}</a>
                  ) : (
                    value
                  )}
                  {i === 1 && row.note ? (
                    <span className="block text-xs text-slate-600 italic">{row.note}</span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block, id }: { block: OutlineBlock; id: string }) {
  switch (block.type) {
    case 'paragraph':
      return <p className={`max-w-4xl leading-7 ${block.italic ? 'italic' : ''}`}>{block.text}</p>;
    case 'table':
      return <Table block={block} id={id} />;
    case 'terms':
      return (
        <dl className="max-w-4xl space-y-2">
          {block.entries.map((t) => (
            <div key={t.number}>
              <dt className="inline font-semibold">
                {t.number} {t.term}
              </dt>{' '}
              <dd className="inline">
                {t.source ? `${t.source}: ` : ''}
                {t.text}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'abbreviations':
      return (
        <dl className="grid max-w-4xl grid-cols-[minmax(6rem,auto)_1fr] gap-x-4 gap-y-1">
          {block.entries.map((a) => (
            <div key={a.abbreviation} className="contents">
              <dt className="font-medium">{a.abbreviation}</dt>
              <dd>{a.expansion}</dd>
            </div>
          ))}
        </dl>
      );
    case 'references':
      return (
        <dl className="max-w-4xl space-y-2">
          {block.entries.map((r) => (
            <div key={r.label} className="sm:grid sm:grid-cols-[12rem_1fr] sm:gap-x-4">
              <dt className="font-medium break-words">{r.label}</dt>
              <dd className="break-words">
                {r.text}{' '}
                {r.url ? (
                  <a href={r.url} rel="noopener noreferrer">
                    {r.url}
                  </a>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

function Section({ section }: { section: OutlineSection }) {
  const Heading = HEADINGS[section.level];
  const anchor = sectionAnchor(section.id);
  return (
    <section aria-labelledby={anchor} className="space-y-3">
      <Heading id={anchor} className={`${HEADING_CLASS[section.level]} scroll-mt-4`}>
        {section.number?.startsWith('Annex')
          ? `${section.number}: `
          : section.number
            ? `${section.number} `
            : ''}
        {section.title}
      </Heading>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} id={`${anchor}-t${i}`} />
      ))}
      {section.sections.map((child) => (
        <Section key={child.id} section={child} />
      ))}
    </section>
  );
}

/** Clauses and their subclauses (two levels: the body tables would make it as long as the text). */
export function OutlineContents({ outline }: { outline: SupplementOutline }) {
  return (
    <nav aria-labelledby="contents-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="contents-heading" className="text-base font-semibold text-slate-900">
        Contents
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {outline.sections.map((s) => (
          <li key={s.id}>
            <a href={`#${sectionAnchor(s.id)}`}>
              {s.number ? `${s.number} ` : ''}
              {s.title}
            </a>
            {s.sections.length ? (
              <ol className="mt-1 space-y-1 pl-6">
                {s.sections.map((c) => (
                  <li key={c.id}>
                    <a href={`#${sectionAnchor(c.id)}`}>
                      {c.number ? `${c.number} ` : ''}
                      {c.title}
                    </a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function OutlineBody({ outline }: { outline: SupplementOutline }) {
  return (
    <div className="space-y-3 text-slate-800">
      {outline.sections.map((s) => (
        <Section key={s.id} section={s} />
      ))}
    </div>
  );
}
