import type { ApprovalProcess, Stage } from '@/lib/domain/lifecycle';
import type { DocumentKind, Generation } from '@/lib/domain/labels';

// Plain objects shaped for the UI and the API: never Prisma rows.

/** A calendar date in UTC, "YYYY-MM-DD". */
export type IsoDate = string;

export interface GroupRef {
  code: string;
  name: string;
  path: string;
}

export interface BodyRef {
  slug: string;
  name: string;
}

export interface EditorDto {
  name: string;
  affiliation: string | null;
  email: string | null;
  role: string;
}

export interface WorkItemSummary {
  identifier: string;
  workingName: string | null;
  number: string | null;
  title: string;
  kind: DocumentKind;
  generation: Generation;
  body: BodyRef;
  group: GroupRef;
  process: ApprovalProcess;
  status: { code: string; name: string };
  stage: Stage;
  topics: { slug: string; name: string }[];
  startDate: IsoDate | null;
  targetDate: IsoDate | null;
  approvedDate: IsoDate | null;
  documentVersion: string | null;
  summary: string;
  editors: EditorDto[];
  baseTextUrl: string | null;
  publicationUrl: string | null;
  synthetic: boolean;
  version: number;
  updatedAt: string;
  /** When a rapporteur last confirmed the entry is current (ISO instant, UTC); null: never. */
  lastVerifiedAt: string | null;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  /** Nesting depth, for groups shown as a tree. */
  depth?: number;
}

export interface RoadmapFacets {
  body: FacetValue[];
  group: FacetValue[];
  topic: FacetValue[];
  stage: FacetValue[];
  status: FacetValue[];
  generation: FacetValue[];
  kind: FacetValue[];
  year: FacetValue[];
}

export interface RoadmapPage {
  items: WorkItemSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StatusChangeDto {
  fromCode: string | null;
  fromName: string | null;
  toCode: string;
  toName: string;
  stage: Stage;
  date: IsoDate;
  reference: string | null;
  note: string | null;
  recordedBy: string | null;
}

export interface RelatedItemDto {
  type: string;
  /** Read from this item's side: "Based on", "Referenced by", ... */
  label: string;
  note: string | null;
  item: { identifier: string; title: string; body: string; group: string; status: string; stage: Stage };
}

export interface ItemLiaisonDto {
  reference: string;
  title: string;
  direction: 'INCOMING' | 'OUTGOING';
  purpose: 'FOR_ACTION' | 'FOR_COMMENT' | 'FOR_INFORMATION' | 'REPLY';
  date: IsoDate;
  deadline: IsoDate | null;
  state: 'OPEN' | 'REPLIED' | 'CLOSED';
  from: string;
}

export interface WorkItemDetail extends WorkItemSummary {
  history: StatusChangeDto[];
  relations: RelatedItemDto[];
  liaisons: ItemLiaisonDto[];
  previousIdentifiers: string[];
}
