// Clause 8 (changes since the previous edition) and Annex A (the year's liaison statements) of the
// supplement's outline (outline.ts).
import { LIAISON_PURPOSE_LABELS, LIAISON_STATE_LABELS } from '../labels';
import { STAGE_LABELS } from '../lifecycle';
import type { EditionChanges, ItemRef } from './changes';
import type { OutlineColumn, OutlineRow, OutlineSection } from './outline';
import type { SnapshotLiaison } from './snapshot';

export interface Names {
  topicOrder: Map<string, number>;
  bodyOrder: (slug: string) => number;
  bodyName: (slug: string) => string;
  groupCode: (path: string) => string;
  groupLabel: (path: string) => string;
}

const CHANGE_COLUMNS: OutlineColumn[] = [
  { title: 'Identifier', width: 18 },
  { title: 'Title', width: 46 },
  { title: 'Body', width: 10 },
  { title: 'Change', width: 26 },
];

interface ChangesOptions {
  changes: EditionChanges;
  previousLabel: string | null;
  names: Names;
  tables: { count: number };
}

export function changesClause({ changes, previousLabel, names, tables }: ChangesOptions): OutlineSection {
  const base = { id: 'changes', number: '8', title: 'Changes since the previous edition', level: 1 as const };
  if (!previousLabel) {
    return {
      ...base,
      blocks: [
        {
          type: 'paragraph',
          text: 'This is the first edition of this Supplement: there is no previous edition to compare with.',
        },
      ],
      sections: [],
    };
  }
  const row = (item: ItemRef, change: string): OutlineRow => ({
    key: item.key,
    cells: [item.identifier, item.title, names.bodyName(item.body), change],
  });
  const parts: { id: string; title: string; lead: string; rows: OutlineRow[] }[] = [
    {
      id: 'added',
      title: 'New work items',
      lead: `Work items in this edition that were not in the ${previousLabel} (new work, or newly in scope).`,
      rows: changes.added.map((i) => row(i, 'New')),
    },
    {
      id: 'approved',
      title: 'Approvals',
      lead: `Work items approved or published since the ${previousLabel}.`,
      rows: changes.approved.map((i) => row(i, i.approvedDate ? `Approved ${i.approvedDate}` : 'Approved')),
    },
    {
      id: 'status',
      title: 'Status changes',
      lead: 'Every change of status, approvals and withdrawals included.',
      rows: changes.statusChanged.map((i) => row(i, `${i.from.statusName} → ${i.to.statusName}`)),
    },
    {
      id: 'withdrawn',
      title: 'Withdrawals',
      lead: 'Work items discontinued, withdrawn or superseded.',
      rows: changes.withdrawn.map((i) => row(i, STAGE_LABELS[i.stage])),
    },
    {
      id: 'target',
      title: 'Moved target dates',
      lead: 'Target dates set, moved or cleared on work items not yet approved.',
      rows: changes.targetMoved.map((i) => row(i, `${i.from ?? 'none'} → ${i.to ?? 'none'}`)),
    },
    {
      id: 'renamed',
      title: 'New identifiers',
      lead: 'Work items numbered or renamed (the working name becomes the number).',
      rows: changes.renamed.map((i) => row(i, `Was ${i.from}`)),
    },
    {
      id: 'removed',
      title: 'Removed work items',
      lead: `Work items of the ${previousLabel} that this edition no longer lists (deleted, or out of scope).`,
      rows: changes.removed.map((i) => row(i, 'Removed')),
    },
  ];
  return {
    ...base,
    blocks: [
      {
        type: 'paragraph',
        text: `This clause lists the differences between this edition and the ${previousLabel}.`,
      },
    ],
    sections: parts.map((part, i) => {
      const number = `8.${i + 1}`;
      if (part.rows.length === 0) {
        return {
          id: `changes/${part.id}`,
          number,
          title: part.title,
          level: 2,
          blocks: [{ type: 'paragraph', text: `${part.lead} None.` }],
          sections: [],
        };
      }
      tables.count += 1;
      return {
        id: `changes/${part.id}`,
        number,
        title: part.title,
        level: 2,
        blocks: [
          { type: 'paragraph', text: `${part.lead} ${part.rows.length} in all.` },
          {
            type: 'table',
            role: 'changes',
            caption: `Table ${tables.count} – ${part.title} since the ${previousLabel}`,
            columns: CHANGE_COLUMNS,
            rows: part.rows,
          },
        ],
        sections: [],
      };
    }),
  };
}

const LIAISON_COLUMNS: OutlineColumn[] = [
  { title: 'Reference', width: 16 },
  { title: 'Date', width: 11 },
  { title: 'From → to', width: 20 },
  { title: 'Title', width: 33 },
  { title: 'Purpose', width: 10 },
  { title: 'Work items', width: 10 },
];

interface AnnexOptions {
  year: number;
  liaisons: SnapshotLiaison[];
  names: Names;
  tables: { count: number };
}

export function liaisonAnnex({ year, liaisons, names, tables }: AnnexOptions): OutlineSection {
  const blocks: OutlineSection['blocks'] = [
    { type: 'paragraph', text: '(This annex forms an integral part of this Supplement.)', italic: true },
  ];
  if (liaisons.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: `No liaison statement of ${year} concerns the work items of this edition.`,
    });
  } else {
    tables.count += 1;
    blocks.push(
      {
        type: 'paragraph',
        text: `The ${liaisons.length} liaison statements of ${year} about the work items of this Supplement, by date.`,
      },
      {
        type: 'table',
        role: 'liaisons',
        caption: `Table ${tables.count} – Liaison statements of ${year}`,
        columns: LIAISON_COLUMNS,
        rows: liaisons.map((l) => ({
          cells: [
            l.reference,
            l.date,
            `${names.groupLabel(l.from)} → ${l.to.map(names.groupLabel).join(', ')}`,
            l.title,
            `${LIAISON_PURPOSE_LABELS[l.purpose]} (${LIAISON_STATE_LABELS[l.state].toLowerCase()})`,
            l.workItems.join(', ') || '–',
          ],
        })),
      },
    );
  }
  return {
    id: 'annex-a',
    number: 'Annex A',
    title: `Liaison statements of ${year}`,
    level: 1,
    blocks,
    sections: [],
  };
}
