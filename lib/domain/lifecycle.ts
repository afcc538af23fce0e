// Status lifecycles of each approval process, and the common stage each status maps to.
// This file is the source of truth; the migrations copy it into the process_status table
// (lifecycle.db.test.ts keeps both equal), so the database can refuse a status that is not
// valid for an item's process.

export const STAGES = [
  'PLANNED',
  'DRAFTING',
  'UNDER_APPROVAL',
  'APPROVED',
  'WITHDRAWN',
  'SUPERSEDED',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  PLANNED: 'Planned',
  DRAFTING: 'Drafting',
  UNDER_APPROVAL: 'Under approval',
  APPROVED: 'Approved / published',
  WITHDRAWN: 'Withdrawn',
  SUPERSEDED: 'Superseded',
};

export const PROCESSES = ['AAP', 'TAP', 'AGREEMENT', 'THREEGPP', 'IETF', 'OTHER'] as const;
export type ApprovalProcess = (typeof PROCESSES)[number];

export const PROCESS_LABELS: Record<ApprovalProcess, string> = {
  AAP: 'ITU-T Alternative approval process (AAP)',
  TAP: 'ITU-T Traditional approval process (TAP)',
  AGREEMENT: 'Agreement (Supplements, Technical Papers and Reports)',
  THREEGPP: '3GPP change control',
  IETF: 'IETF standards process',
  OTHER: 'Other body’s process',
};

export interface StatusDefinition {
  code: string;
  name: string;
  stage: Stage;
  /** Statuses the item may move to next. */
  next: readonly string[];
}

export type Lifecycle = readonly StatusDefinition[];

// ITU-T Recommendation A.8 (AAP) and WTSA Resolution 1 section 9 (TAP); ITU-T A.13 (Supplements).
const AAP: Lifecycle = [
  {
    code: 'PROPOSED',
    name: 'Proposed new work item',
    stage: 'PLANNED',
    next: ['UNDER_STUDY', 'DISCONTINUED'],
  },
  { code: 'UNDER_STUDY', name: 'Under study', stage: 'DRAFTING', next: ['CONSENTED', 'DISCONTINUED'] },
  { code: 'CONSENTED', name: 'Consented', stage: 'UNDER_APPROVAL', next: ['LAST_CALL', 'UNDER_STUDY'] },
  { code: 'LAST_CALL', name: 'Last call', stage: 'UNDER_APPROVAL', next: ['APPROVED', 'LAST_CALL_JUDGMENT'] },
  {
    code: 'LAST_CALL_JUDGMENT',
    name: 'Last call judgment',
    stage: 'UNDER_APPROVAL',
    next: ['APPROVED', 'ADDITIONAL_REVIEW', 'UNDER_STUDY'],
  },
  {
    code: 'ADDITIONAL_REVIEW',
    name: 'Additional review',
    stage: 'UNDER_APPROVAL',
    next: ['APPROVED', 'UNDER_STUDY'],
  },
  { code: 'APPROVED', name: 'Approved', stage: 'APPROVED', next: ['WITHDRAWN', 'SUPERSEDED'] },
  { code: 'DISCONTINUED', name: 'Discontinued', stage: 'WITHDRAWN', next: [] },
  { code: 'WITHDRAWN', name: 'Withdrawn', stage: 'WITHDRAWN', next: [] },
  { code: 'SUPERSEDED', name: 'Superseded', stage: 'SUPERSEDED', next: [] },
];

const TAP: Lifecycle = [
  {
    code: 'PROPOSED',
    name: 'Proposed new work item',
    stage: 'PLANNED',
    next: ['UNDER_STUDY', 'DISCONTINUED'],
  },
  { code: 'UNDER_STUDY', name: 'Under study', stage: 'DRAFTING', next: ['DETERMINED', 'DISCONTINUED'] },
  { code: 'DETERMINED', name: 'Determined', stage: 'UNDER_APPROVAL', next: ['APPROVED', 'UNDER_STUDY'] },
  { code: 'APPROVED', name: 'Approved', stage: 'APPROVED', next: ['WITHDRAWN', 'SUPERSEDED'] },
  { code: 'DISCONTINUED', name: 'Discontinued', stage: 'WITHDRAWN', next: [] },
  { code: 'WITHDRAWN', name: 'Withdrawn', stage: 'WITHDRAWN', next: [] },
  { code: 'SUPERSEDED', name: 'Superseded', stage: 'SUPERSEDED', next: [] },
];

const AGREEMENT: Lifecycle = [
  {
    code: 'PROPOSED',
    name: 'Proposed new work item',
    stage: 'PLANNED',
    next: ['UNDER_STUDY', 'DISCONTINUED'],
  },
  { code: 'UNDER_STUDY', name: 'Under study', stage: 'DRAFTING', next: ['AGREED', 'DISCONTINUED'] },
  { code: 'AGREED', name: 'Agreed', stage: 'APPROVED', next: ['WITHDRAWN', 'SUPERSEDED'] },
  { code: 'DISCONTINUED', name: 'Discontinued', stage: 'WITHDRAWN', next: [] },
  { code: 'WITHDRAWN', name: 'Withdrawn', stage: 'WITHDRAWN', next: [] },
  { code: 'SUPERSEDED', name: 'Superseded', stage: 'SUPERSEDED', next: [] },
];

// 3GPP TR 21.900: versions 0.x.y drafts, 1.0.0 presented for information, 2.0.0 for approval,
// 3.0.0 onwards (or the release's major version) under change control.
const THREEGPP: Lifecycle = [
  { code: 'PLANNED', name: 'Planned (work item agreed)', stage: 'PLANNED', next: ['DRAFT', 'WITHDRAWN'] },
  {
    code: 'DRAFT',
    name: 'Draft (0.x)',
    stage: 'DRAFTING',
    next: ['FOR_INFORMATION', 'FOR_APPROVAL', 'WITHDRAWN'],
  },
  {
    code: 'FOR_INFORMATION',
    name: 'Presented for information (1.x)',
    stage: 'DRAFTING',
    next: ['FOR_APPROVAL', 'WITHDRAWN'],
  },
  {
    code: 'FOR_APPROVAL',
    name: 'Presented for approval (2.x)',
    stage: 'UNDER_APPROVAL',
    next: ['UNDER_CHANGE_CONTROL', 'FOR_INFORMATION'],
  },
  {
    code: 'UNDER_CHANGE_CONTROL',
    name: 'Under change control (3.0.0 and later)',
    stage: 'APPROVED',
    next: ['WITHDRAWN', 'SUPERSEDED'],
  },
  { code: 'WITHDRAWN', name: 'Withdrawn', stage: 'WITHDRAWN', next: [] },
  { code: 'SUPERSEDED', name: 'Superseded', stage: 'SUPERSEDED', next: [] },
];

// RFC 2026 and the IETF datatracker's document states.
const IETF: Lifecycle = [
  {
    code: 'INDIVIDUAL_DRAFT',
    name: 'Individual Internet-Draft',
    stage: 'DRAFTING',
    next: ['WG_DOCUMENT', 'EXPIRED', 'REPLACED'],
  },
  {
    code: 'WG_DOCUMENT',
    name: 'WG document',
    stage: 'DRAFTING',
    next: ['WG_LAST_CALL', 'EXPIRED', 'REPLACED'],
  },
  {
    code: 'WG_LAST_CALL',
    name: 'In WG last call',
    stage: 'UNDER_APPROVAL',
    next: ['IESG_EVALUATION', 'WG_DOCUMENT'],
  },
  {
    code: 'IESG_EVALUATION',
    name: 'IESG evaluation',
    stage: 'UNDER_APPROVAL',
    next: ['RFC_EDITOR_QUEUE', 'WG_DOCUMENT'],
  },
  { code: 'RFC_EDITOR_QUEUE', name: 'RFC Editor queue', stage: 'UNDER_APPROVAL', next: ['RFC'] },
  { code: 'RFC', name: 'Published as RFC', stage: 'APPROVED', next: ['OBSOLETED'] },
  { code: 'EXPIRED', name: 'Expired', stage: 'WITHDRAWN', next: ['INDIVIDUAL_DRAFT', 'WG_DOCUMENT'] },
  { code: 'REPLACED', name: 'Replaced', stage: 'SUPERSEDED', next: [] },
  { code: 'OBSOLETED', name: 'Obsoleted', stage: 'SUPERSEDED', next: [] },
];

// ETSI, IEEE, BBF, O-RAN and others: the common stages under their usual names.
const OTHER: Lifecycle = [
  { code: 'PLANNED', name: 'Planned', stage: 'PLANNED', next: ['DRAFTING', 'WITHDRAWN'] },
  { code: 'DRAFTING', name: 'Drafting', stage: 'DRAFTING', next: ['UNDER_APPROVAL', 'WITHDRAWN'] },
  {
    code: 'UNDER_APPROVAL',
    name: 'Under approval',
    stage: 'UNDER_APPROVAL',
    next: ['PUBLISHED', 'DRAFTING'],
  },
  { code: 'PUBLISHED', name: 'Published', stage: 'APPROVED', next: ['WITHDRAWN', 'SUPERSEDED'] },
  { code: 'WITHDRAWN', name: 'Withdrawn', stage: 'WITHDRAWN', next: [] },
  { code: 'SUPERSEDED', name: 'Superseded', stage: 'SUPERSEDED', next: [] },
];

export const LIFECYCLES: Record<ApprovalProcess, Lifecycle> = { AAP, TAP, AGREEMENT, THREEGPP, IETF, OTHER };

export function findStatus(process: ApprovalProcess, code: string): StatusDefinition | undefined {
  return LIFECYCLES[process].find((s) => s.code === code);
}

export function isValidStatus(process: ApprovalProcess, code: string): boolean {
  return findStatus(process, code) !== undefined;
}

/** The common stage of a native status; throws for a status the process does not have. */
export function stageOf(process: ApprovalProcess, code: string): Stage {
  const status = findStatus(process, code);
  if (!status) throw new Error(`Status ${code} is not a status of the ${process} process`);
  return status.stage;
}

/** Statuses an item in `code` may move to next. */
export function nextStatuses(process: ApprovalProcess, code: string): readonly StatusDefinition[] {
  const status = findStatus(process, code);
  if (!status) return [];
  return status.next
    .map((next) => findStatus(process, next))
    .filter((s): s is StatusDefinition => s !== undefined);
}

export function canTransition(process: ApprovalProcess, from: string, to: string): boolean {
  return findStatus(process, from)?.next.includes(to) ?? false;
}

/** Every distinct status code across processes, with its display name (the first process's). */
export function allStatusCodes(): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const process of PROCESSES)
    for (const s of LIFECYCLES[process]) if (!seen.has(s.code)) seen.set(s.code, s.name);
  return [...seen].map(([code, name]) => ({ code, name }));
}

/**
 * The 3GPP status that a specification's version implies (TR 21.900): 0.x draft, 1.x for
 * information, 2.x for approval, 3.0.0 and later under change control. Null for a malformed version.
 */
export function threeGppStatusForVersion(version: string): string | null {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  if (!match) return null;
  const major = Number(match[1]);
  if (major === 0) return 'DRAFT';
  if (major === 1) return 'FOR_INFORMATION';
  if (major === 2) return 'FOR_APPROVAL';
  return 'UNDER_CHANGE_CONTROL';
}

/** A 3GPP specification's version, e.g. "18.6.0" (the database checks the same). */
export const THREEGPP_VERSION = /^\d+\.\d+\.\d+$/;

/** Whether `to` can be reached from `from` by one or more allowed transitions (for catching up in bulk). */
export function canReach(process: ApprovalProcess, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    for (const next of findStatus(process, queue.shift()!)?.next ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}
