// The structure of the annual supplement, shared by the DOCX, the PDF and the web page: title block,
// Summary, Keywords, numbered clauses with paragraphs and tables, Annex A and the Bibliography.
// Pure: the same snapshot and changes always give the same outline (no clock, no locale).
//
// Placement rule ("each item exactly once"): a work item appears in one roadmap table only, its
// home: clause 7 if its generation is IMT-2030, clause 6 otherwise (IMT-2020 and both); within the
// clause, the subclause of its first topic in the snapshot's topic order ("Other work" when it has
// none); within that, the table of its body. Its other topics are named under its title
// ("Also: 6.4, 6.9"), never as a second row.
import { GENERATION_LABELS, KIND_LABELS } from '../labels';
import { PROCESS_LABELS, STAGE_LABELS, STAGES, type Stage } from '../lifecycle';
import type { EditionChanges } from './changes';
import {
  ABBREVIATIONS,
  REFERENCES,
  STAGE_DEFINITIONS,
  TERM_LIAISON,
  TERM_WORK_ITEM,
  TERMS_DEFINED_ELSEWHERE,
  type OutlineReference,
} from './outline-glossary';
import { editionLabel, type Snapshot, type SnapshotItem } from './snapshot';
import { changesClause, liaisonAnnex, type Names } from './outline-sections';

export type { OutlineReference } from './outline-glossary';

export interface OutlineColumn {
  title: string;
  /** Relative width; renderers scale the weights to the text width. */
  width: number;
}

export interface OutlineRow {
  cells: string[];
  /** A second, smaller line under the second cell (cross-references to other clauses). */
  note?: string;
  /** The work item the row is (roadmap and changes tables). */
  key?: number;
}

export type TableRole = 'roadmap' | 'changes' | 'liaisons';

export type OutlineBlock =
  | { type: 'paragraph'; text: string; italic?: boolean }
  | { type: 'table'; role: TableRole; caption: string; columns: OutlineColumn[]; rows: OutlineRow[] }
  | { type: 'terms'; entries: { number: string; term: string; source: string | null; text: string }[] }
  | { type: 'abbreviations'; entries: { abbreviation: string; expansion: string }[] }
  | { type: 'references'; entries: OutlineReference[] };

export interface OutlineSection {
  /** Stable id: "scope", "roadmap/network-slicing/itu-t", "imt2030", "changes/approved", "annex-a". */
  id: string;
  /** "6.2.1", "Annex A", or null (Bibliography). */
  number: string | null;
  title: string;
  level: 1 | 2 | 3;
  blocks: OutlineBlock[];
  sections: OutlineSection[];
}

export interface SupplementOutline {
  year: number;
  revision: number;
  titleBlock: {
    sector: string;
    series: string;
    seriesTitle: string;
    number: string;
    title: string;
    /** YYYY-MM-DD */
    date: string;
    /** "(05/2026)", as ITU-T prints the edition of a text. */
    dateLabel: string;
  };
  /** The running header of every page after the first. */
  runningHeader: string;
  summary: string[];
  keywords: string[];
  sections: OutlineSection[];
  /** How many work items the roadmap clauses list. */
  itemCount: number;
}

export interface BuildOutlineOptions {
  snapshot: Snapshot;
  changes: EditionChanges;
  previous: { year: number; revision: number } | null;
  /** "Supplement 84"; defaults to "Supplement XX" until TSB assigns the number. */
  number?: string;
  /** YYYY-MM-DD; defaults to the day the snapshot was taken. */
  publicationDate?: string;
}

export const ROADMAP_COLUMNS: OutlineColumn[] = [
  { title: 'Identifier', width: 18 },
  { title: 'Title', width: 38 },
  { title: 'Group', width: 12 },
  { title: 'Status', width: 14 },
  { title: 'Target or approval', width: 18 },
];

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const paragraph = (text: string, italic = false): OutlineBlock => ({ type: 'paragraph', text, italic });

function dateCell(item: SnapshotItem): string {
  if (item.approvedDate && item.stage !== 'PLANNED' && item.stage !== 'DRAFTING')
    return `Approved ${item.approvedDate}`;
  return item.targetDate ? `Target ${item.targetDate}` : '–';
}

/** Which clause (6 or 7), topic and body table an item lives in. */
function homeOf(item: SnapshotItem, topicOrder: Map<string, number>) {
  const clause = item.generation === 'IMT2030' ? 'imt2030' : 'roadmap';
  const topics = item.topics.filter((t) => topicOrder.has(t));
  topics.sort((a, b) => topicOrder.get(a)! - topicOrder.get(b)!);
  return { clause, topic: topics[0] ?? null, others: topics.slice(1) };
}

function roadmapClause(
  snapshot: Snapshot,
  names: Names,
  clause: { id: 'roadmap' | 'imt2030'; number: string; title: string; intro: string },
  items: SnapshotItem[],
  tables: { count: number },
  numbering: Map<string, string>,
): OutlineSection {
  const topicNames = new Map(snapshot.topics.map((t) => [t.slug, t]));
  const byTopic = new Map<string | null, SnapshotItem[]>();
  for (const item of items) {
    const topic = homeOf(item, names.topicOrder).topic;
    const list = byTopic.get(topic) ?? byTopic.set(topic, []).get(topic)!;
    list.push(item);
  }
  const topicKeys = [...snapshot.topics.map((t) => t.slug), null].filter((t) => byTopic.has(t));
  const sections = topicKeys.map((topic, t): OutlineSection => {
    const number = `${clause.number}.${t + 1}`;
    const info = topic ? topicNames.get(topic) : undefined;
    const list = byTopic.get(topic)!;
    const byBody = new Map<string, SnapshotItem[]>();
    for (const item of list) (byBody.get(item.body) ?? byBody.set(item.body, []).get(item.body)!).push(item);
    const bodies = [...byBody.keys()].sort((a, b) => names.bodyOrder(a) - names.bodyOrder(b) || byText(a, b));
    const title = info?.name ?? 'Other work';
    return {
      id: `${clause.id}/${topic ?? 'other'}`,
      number,
      title,
      level: 2,
      blocks: [paragraph(info?.description ?? 'Work items not assigned to any topic of this roadmap.')],
      sections: bodies.map((body, b) => {
        const rows = byBody
          .get(body)!
          .sort((x, y) => byText(x.identifier, y.identifier))
          .map((item): OutlineRow => {
            const others = homeOf(item, names.topicOrder).others.map(
              (o) => numbering.get(`${clause.id}/${o}`) ?? o,
            );
            return {
              key: item.key,
              cells: [
                item.identifier,
                item.title,
                names.groupCode(item.group),
                item.statusName,
                dateCell(item),
              ],
              ...(others.length ? { note: `Also: ${others.join(', ')}` } : {}),
            };
          });
        tables.count += 1;
        return {
          id: `${clause.id}/${topic ?? 'other'}/${body}`,
          number: `${number}.${b + 1}`,
          title: names.bodyName(body),
          level: 3,
          blocks: [
            {
              type: 'table',
              role: 'roadmap',
              caption: `Table ${tables.count} – ${names.bodyName(body)}: ${title}`,
              columns: ROADMAP_COLUMNS,
              rows,
            },
          ],
          sections: [],
        };
      }),
    };
  });
  return {
    id: clause.id,
    number: clause.number,
    title: clause.title,
    level: 1,
    blocks: [paragraph(sections.length ? clause.intro : `${clause.intro} This edition lists none.`)],
    sections,
  };
}

function abbreviationsOf(
  snapshot: Snapshot,
  usedGroups: Set<string>,
  corpus: string,
): { abbreviation: string; expansion: string }[] {
  const found = new Map<string, string>();
  const add = (abbreviation: string, expansion: string) => {
    const known = found.get(abbreviation);
    if (!known) found.set(abbreviation, expansion);
    else if (!known.split('; ').includes(expansion)) found.set(abbreviation, `${known}; ${expansion}`);
  };
  for (const body of snapshot.bodies) if (body.name !== body.fullName) add(body.name, body.fullName);
  const bodyNames = new Map(snapshot.bodies.map((b) => [b.slug, b.name]));
  for (const group of snapshot.groups) {
    // Study groups, working parties and Questions are read as numbers ("SG13", "Q20/13"): ITU
    // texts abbreviate SG and WP, not each group.
    if (!/^[A-Z][A-Z0-9-]*( [A-Z0-9-]+)?$/.test(group.code) || /^(SG|WP|Q) ?\d/.test(group.code)) continue;
    if (group.code === group.name || !usedGroups.has(group.path)) continue;
    add(group.code, `${group.name} (${bodyNames.get(group.body) ?? group.body})`);
  }
  for (const [abbreviation, expansion] of Object.entries(ABBREVIATIONS)) {
    if (found.has(abbreviation)) continue;
    if (new RegExp(`(?<![A-Za-z0-9-])${abbreviation}(?![A-Za-z])`).test(corpus)) add(abbreviation, expansion);
  }
  return [...found]
    .map(([abbreviation, expansion]) => ({ abbreviation, expansion }))
    .sort((a, b) => byText(a.abbreviation, b.abbreviation));
}

function namesOf(snapshot: Snapshot): Names {
  const bodies = new Map(snapshot.bodies.map((b, i) => [b.slug, { name: b.name, order: i }]));
  const groups = new Map(snapshot.groups.map((g) => [g.path, g]));
  return {
    topicOrder: new Map(snapshot.topics.map((t, i) => [t.slug, i])),
    bodyOrder: (slug) => bodies.get(slug)?.order ?? bodies.size,
    bodyName: (slug) => bodies.get(slug)?.name ?? slug,
    groupCode: (path) => groups.get(path)?.code ?? path,
    groupLabel: (path) => {
      const group = groups.get(path);
      if (!group) return path;
      const body = bodies.get(group.body)?.name ?? group.body;
      return group.code.startsWith(body) ? group.code : `${body} ${group.code}`;
    },
  };
}

export function buildOutline(options: BuildOutlineOptions): SupplementOutline {
  const { snapshot, changes, previous } = options;
  const names = namesOf(snapshot);
  const date = options.publicationDate ?? snapshot.takenAt.slice(0, 10);
  const label = editionLabel(snapshot.year, snapshot.revision);
  const number = options.number ?? 'Supplement XX';
  const items = snapshot.items;
  const imt2030 = items.filter((i) => i.generation === 'IMT2030');
  const others = items.filter((i) => i.generation !== 'IMT2030');
  const yearLiaisons = snapshot.liaisons.filter((l) => l.date.startsWith(`${snapshot.year}-`));
  const stageCounts = new Map<Stage, number>();
  for (const item of items) stageCounts.set(item.stage, (stageCounts.get(item.stage) ?? 0) + 1);
  const bodyCount = new Set(items.map((i) => i.body)).size;
  const previousLabel = previous ? editionLabel(previous.year, previous.revision) : null;

  // Clause numbers of the topic subclauses, for the "Also:" notes (computed before the clauses).
  const numbering = new Map<string, string>();
  for (const [id, clauseNumber, list] of [
    ['roadmap', '6', others],
    ['imt2030', '7', imt2030],
  ] as const) {
    const used = new Set(list.map((i) => homeOf(i, names.topicOrder).topic));
    let n = 0;
    for (const topic of snapshot.topics)
      if (used.has(topic.slug)) numbering.set(`${id}/${topic.slug}`, `${clauseNumber}.${++n}`);
  }

  const stageSummary = STAGES.filter((s) => stageCounts.has(s))
    .map((s) => `${stageCounts.get(s)} ${STAGE_LABELS[s].toLowerCase()}`)
    .join(', ');
  const summary = [
    `This Supplement to the ITU-T Y-series Recommendations is the ${label} of the roadmap of standardization of the non-radio aspects of IMT-2020 and IMT-2030 that ITU-T maintains under WTSA Resolution 92. It lists ${items.length} work items of ${bodyCount} standards bodies (${stageSummary || 'none'}), by topic, with the ${imt2030.length} items specific to IMT-2030 in a clause of their own.`,
    previous
      ? `Since the ${previousLabel}, ${changes.added.length} items were added, ${changes.approved.length} approved, ${changes.withdrawn.length} withdrawn or superseded and ${changes.removed.length} removed; ${changes.statusChanged.length} changed status and ${changes.targetMoved.length} had their target date moved (clause 8).`
      : 'This is the first edition of the Supplement.',
    `Annex A lists the ${yearLiaisons.length} liaison statements of ${snapshot.year} about the work items.`,
  ];
  const topicsUsed = snapshot.topics.filter((t) => items.some((i) => i.topics.includes(t.slug)));
  const keywords = [
    'IMT-2020',
    'IMT-2030',
    'non-radio aspects',
    'roadmap',
    'standardization',
    ...topicsUsed.map((t) => t.name),
  ];

  const scopeText = [
    `This Supplement provides a roadmap of the standardization work on the non-radio aspects of IMT-2020 and IMT-2030 in ITU and in the standards development organizations, consortia and forums that WTSA Resolution 92 [WTSA Res. 92] asks ITU-T to cooperate with. It records the state of the roadmap on ${snapshot.takenAt.slice(0, 10)}.`,
    scopeSentence(snapshot, names),
    'The information is provided for convenience. The documents of each standards body are authoritative for their content, status and dates.',
  ];

  const stagesUsed = STAGES.filter((s) => stageCounts.has(s));
  const terms = [
    ...TERMS_DEFINED_ELSEWHERE.map((t, i) => ({
      number: `3.1.${i + 1}`,
      term: t.term,
      source: t.source,
      text: t.text,
    })),
  ];
  const ownTerms = [
    TERM_WORK_ITEM,
    ...(yearLiaisons.length ? [TERM_LIAISON] : []),
    ...stagesUsed.map((s) => ({ term: STAGE_LABELS[s].toLowerCase(), text: STAGE_DEFINITIONS[s] })),
  ].map((t, i) => ({ number: `3.2.${i + 1}`, term: t.term, source: null, text: t.text }));

  const tables = { count: 0 };
  const roadmap = roadmapClause(
    snapshot,
    names,
    {
      id: 'roadmap',
      number: '6',
      title: 'Standardization roadmap by topic',
      intro: `This clause lists the work items on IMT-2020 and those on both ${GENERATION_LABELS.BOTH}, by topic and then by standards body. Work specific to IMT-2030 is in clause 7.`,
    },
    others,
    tables,
    numbering,
  );
  const imt2030Clause = roadmapClause(
    snapshot,
    names,
    {
      id: 'imt2030',
      number: '7',
      title: 'Work on IMT-2030',
      intro: 'This clause lists the work items specific to IMT-2030, by topic and then by standards body.',
    },
    imt2030,
    tables,
    numbering,
  );

  const corpus = [
    ...summary,
    ...scopeText,
    roadmap.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join(' '),
    ...[...new Set(items.map((i) => i.kind))].map((k) => KIND_LABELS[k]),
    ...[...new Set(items.map((i) => i.process))].map((p) => PROCESS_LABELS[p]),
    ...items.map((i) => `${i.identifier} ${i.title}`),
    ...snapshot.groups.map((g) => `${g.code} ${g.name}`),
    ...yearLiaisons.map((l) => `${l.reference} ${l.title} LS`),
    ...topicsUsed.map((t) => `${t.name} ${t.description}`),
  ].join('\n');

  const sections: OutlineSection[] = [
    section(
      'scope',
      '1',
      'Scope',
      scopeText.map((t) => paragraph(t)),
    ),
    section('references', '2', 'References', [
      paragraph(
        'The following ITU-T Recommendations and other references contain provisions which, through reference in this text, constitute provisions of this Supplement. At the time of publication, the editions indicated were valid. All Recommendations and other references are subject to revision.',
      ),
      { type: 'references', entries: [...REFERENCES] },
    ]),
    {
      ...section('definitions', '3', 'Definitions', []),
      sections: [
        section(
          'definitions/elsewhere',
          '3.1',
          'Terms defined elsewhere',
          [
            paragraph('This Supplement uses the following terms defined elsewhere:'),
            { type: 'terms', entries: terms },
          ],
          2,
        ),
        section(
          'definitions/here',
          '3.2',
          'Terms defined in this Supplement',
          [paragraph('This Supplement defines the following terms:'), { type: 'terms', entries: ownTerms }],
          2,
        ),
      ],
    },
    section('abbreviations', '4', 'Abbreviations and acronyms', [
      paragraph('This Supplement uses the following abbreviations and acronyms:'),
      {
        type: 'abbreviations',
        entries: abbreviationsOf(
          snapshot,
          new Set([...items.map((i) => i.group), ...yearLiaisons.flatMap((l) => [l.from, ...l.to])]),
          corpus,
        ),
      },
    ]),
    section('conventions', '5', 'Conventions', [
      paragraph(
        'Each work item appears exactly once in the roadmap: in clause 7 if it is specific to IMT-2030, otherwise in clause 6; there, in the subclause of its first topic (in the order of the topics of this Supplement, "Other work" if it has none), in the table of its standards body, sorted by identifier. Its other topics are named under its title ("Also: 6.4").',
      ),
      paragraph(
        'The identifier is the document\'s number once it has one (for example "Y.3101", "TS 23.501", "RFC 9543"), else its working name. "Target" is the date the responsible group plans to approve the document; "Approved" is the date of its approval or publication. Dates are given as YYYY-MM-DD.',
      ),
    ]),
    roadmap,
    imt2030Clause,
    changesClause({ changes, previousLabel, names, tables }),
    liaisonAnnex({ year: snapshot.year, liaisons: yearLiaisons, names, tables }),
    section('bibliography', null, 'Bibliography', [
      { type: 'references', entries: bibliography(snapshot, yearLiaisons) },
    ]),
  ];

  return {
    year: snapshot.year,
    revision: snapshot.revision,
    titleBlock: {
      sector: 'ITU-T',
      series: `Y series – ${number}`,
      seriesTitle:
        'SERIES Y: GLOBAL INFORMATION INFRASTRUCTURE, INTERNET PROTOCOL ASPECTS, NEXT-GENERATION NETWORKS, INTERNET OF THINGS AND SMART CITIES',
      number: `ITU-T Y-series Recommendations – ${number}`,
      title: snapshot.title,
      date,
      dateLabel: `(${date.slice(5, 7)}/${date.slice(0, 4)})`,
    },
    runningHeader: `${number} to ITU-T Y-series Recommendations ${`(${date.slice(5, 7)}/${date.slice(0, 4)})`} – IMT roadmap, ${label}`,
    summary,
    keywords,
    sections,
    itemCount: items.length,
  };
}

function section(
  id: string,
  number: string | null,
  title: string,
  blocks: OutlineBlock[],
  level: 1 | 2 | 3 = 1,
): OutlineSection {
  return { id, number, title, level, blocks, sections: [] };
}

function scopeSentence(snapshot: Snapshot, names: Names): string {
  const { generations, bodies, topics } = snapshot.scope;
  const parts = [
    generations.length
      ? `work on ${generations.map((g) => GENERATION_LABELS[g]).join(' and ')} (and work on both)`
      : 'work on IMT-2020 and IMT-2030',
    bodies.length
      ? `of ${bodies.map((b) => names.bodyName(b)).join(', ')}`
      : 'of every standards body in the roadmap',
  ];
  const topicNames = new Map(snapshot.topics.map((t) => [t.slug, t.name]));
  if (topics.length) parts.push(`on ${topics.map((t) => topicNames.get(t) ?? t).join(', ')}`);
  return `This edition covers ${parts.join(' ')}.`;
}

function bibliography(snapshot: Snapshot, liaisons: Snapshot['liaisons']): OutlineReference[] {
  const entries: OutlineReference[] = [];
  for (const item of snapshot.items) {
    const url = item.publicationUrl ?? item.baseTextUrl;
    if (!url) continue;
    const year = item.approvedDate ? ` (${item.approvedDate.slice(0, 4)})` : '';
    entries.push({
      label: `[b-${item.identifier}]`,
      text: `${KIND_LABELS[item.kind]} ${item.identifier}${year}, ${item.title}.`,
      url,
    });
  }
  for (const l of liaisons) {
    if (l.documentUrl)
      entries.push({
        label: `[b-${l.reference}]`,
        text: `Liaison statement ${l.reference} (${l.date}), ${l.title}.`,
        url: l.documentUrl,
      });
  }
  return entries.sort((a, b) => byText(a.label, b.label));
}
