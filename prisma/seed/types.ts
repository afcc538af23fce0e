// Input types of the demo roadmap (prisma/seed/data). Groups, items and liaisons refer to each other
// by natural keys (group path, item identifier, liaison reference), never by database ids, so the
// same data can be loaded into any database and loaded again without duplicates.
import type {
  ApprovalProcess,
  DocumentKind,
  EditorRole,
  Generation,
  GroupKind,
  LiaisonDirection,
  LiaisonPurpose,
  LiaisonState,
  RelationType,
} from '../../lib/generated/prisma/enums.ts';

/**
 * A calendar day as precise as the public record: "2020-05-22" (the day is known), "2019-06" (only
 * the month, e.g. from the ITU-T edition label "(06/2019)") or "2019" (only the year). A month or
 * year is stored as its first day, and the status change says so in its note.
 */
export type RecordDate = string;

export interface BodySeed {
  slug: string;
  name: string;
  fullName: string;
  url?: string;
}

export interface GroupSeed {
  /** Slug path from the body down, e.g. "itu-t/sg13/wp1-13/q20-13"; the parent is the path minus its last segment. */
  path: string;
  kind: GroupKind;
  code: string;
  name: string;
  url?: string;
}

export interface TopicSeed {
  slug: string;
  name: string;
  description: string;
}

export interface HistoryStep {
  /** The status the item moved to (a code of the item's process, lib/domain/lifecycle.ts). */
  to: string;
  date: RecordDate;
  /** Meeting or document, e.g. "SG13 meeting, Geneva, 2024-07" or "SG13-TD315/PLEN". */
  reference?: string;
  note?: string;
}

export interface EditorSeed {
  role: EditorRole;
  name: string;
  affiliation?: string;
  email?: string;
}

export interface WorkItemSeed {
  /** Final number ("Y.3172", "TS 23.501", "RFC 9543"); absent while the item has only a working name. */
  number?: string;
  /**
   * Working name ("Y.IMT2020-ML-Arch", "draft-ietf-teas-ietf-network-slices"). An item with both is
   * loaded under its working name first and then numbered, as happens in real life, so its old
   * identifier keeps redirecting (work_item_identifier).
   */
  workingName?: string;
  title: string;
  kind: DocumentKind;
  generation: Generation;
  /** Path of the responsible group. */
  group: string;
  process: ApprovalProcess;
  /** Status changes, oldest first; the last one is the item's current status. */
  history: readonly HistoryStep[];
  topics: readonly string[];
  startDate?: RecordDate;
  targetDate?: RecordDate;
  summary: string;
  baseTextUrl?: string;
  publicationUrl?: string;
  documentVersion?: string;
  editors?: readonly EditorSeed[];
}

/** An openly fictitious entry that shows a status no real item of the demo data is in. */
export interface ExampleSeed {
  process: ApprovalProcess;
  /** Statuses from the first to the current one, space-separated; each step an allowed transition. */
  path: string;
  title: string;
  group: string;
  /** Defaults to the process's usual kind (a Recommendation for AAP and TAP, ...). */
  kind?: DocumentKind;
  /** Defaults to IMT-2020. */
  generation?: Generation;
  topics: readonly string[];
  /** Day of the first status; each later one follows four months on. */
  start: string;
}

export interface RelationSeed {
  from: string;
  type: RelationType;
  to: string;
  note?: string;
}

export interface LiaisonSeed {
  reference: string;
  direction: LiaisonDirection;
  /** Path of the sending group; `to` lists the receiving groups' paths. */
  from: string;
  to: readonly string[];
  title: string;
  purpose: LiaisonPurpose;
  date: string;
  deadline?: string;
  state: LiaisonState;
  /** Reference of the liaison this one answers; it must come earlier in the data. */
  inReplyTo?: string;
  documentUrl?: string;
  /** Identifiers of the work items the statement is about. */
  workItems?: readonly string[];
}

export interface DemoData {
  bodies: readonly BodySeed[];
  groups: readonly GroupSeed[];
  topics: readonly TopicSeed[];
  workItems: readonly WorkItemSeed[];
  relations: readonly RelationSeed[];
  liaisons: readonly LiaisonSeed[];
}
