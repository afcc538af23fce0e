import type { GroupKind, GroupTreeNode } from '@/lib/domain/group-tree';
import type { Stage } from '@/lib/domain/lifecycle';
import type { IsoDate } from './roadmap-types';
import type { LiaisonDto } from './liaison-types';

// Plain objects for the group pages: never Prisma rows.

export interface BodyDto {
  slug: string;
  name: string;
  fullName: string;
  url: string | null;
}

export interface BodyWithGroups extends BodyDto {
  groups: GroupTreeNode[];
  itemCount: number;
}

export interface GroupCrumb {
  code: string;
  name: string;
  path: string;
}

export interface GroupWorkItemRow {
  identifier: string;
  title: string;
  /** The group the item belongs to: the page's group or one of its subgroups. */
  groupCode: string;
  groupPath: string;
  status: string;
  stage: Stage;
  targetDate: IsoDate | null;
  approvedDate: IsoDate | null;
  synthetic: boolean;
}

export interface GroupPage {
  body: BodyDto;
  /** Null on a body's own page (`/groups/itu-t`). */
  group: { kind: GroupKind; code: string; name: string; path: string; url: string | null } | null;
  ancestors: GroupCrumb[];
  subgroups: GroupTreeNode[];
  items: GroupWorkItemRow[];
  /** Items of the group and its subgroups; `items` holds at most the first `itemLimit`. */
  itemTotal: number;
  itemLimit: number;
  liaisons: LiaisonDto[];
  liaisonTotal: number;
}
