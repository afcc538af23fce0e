import type { LiaisonDirection, LiaisonPurpose, LiaisonState } from '@/lib/domain/liaison-filters';
import type { IsoDate } from './roadmap-types';

// Plain objects for the liaison pages: never Prisma rows.

export interface LiaisonGroupRef {
  /** Body name, e.g. "ITU-T", "3GPP". */
  body: string;
  code: string;
  name: string;
  path: string;
}

export interface LiaisonDto {
  reference: string;
  title: string;
  direction: LiaisonDirection;
  purpose: LiaisonPurpose;
  state: LiaisonState;
  date: IsoDate;
  deadline: IsoDate | null;
  documentUrl: string | null;
  /** Optimistic-concurrency version: a PATCH sends the version it was based on. */
  version: number;
  updatedAt: string;
  from: LiaisonGroupRef;
  to: LiaisonGroupRef[];
  inReplyTo: string | null;
  replies: string[];
  workItems: { identifier: string; title: string }[];
}

export interface LiaisonList {
  liaisons: LiaisonDto[];
  /** Matching liaisons; `liaisons` holds at most `limit` of them. */
  total: number;
  limit: number;
}
