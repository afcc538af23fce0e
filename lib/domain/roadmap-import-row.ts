// One spreadsheet row -> the work item state it asks for, validated by the same schema as every
// other write (createWorkItemSchema). Problems name the spreadsheet's line and column.
import { type z } from 'zod';
import type { RoadmapColumn, RoadmapRecord } from './roadmap-csv';
import { canReach, findStatus, LIFECYCLES, PROCESSES, stageOf, type ApprovalProcess } from './lifecycle';
import { parseEditors, type ImportError } from './roadmap-import';
import { createWorkItemSchema } from './schemas/work-item';
import { normaliseState, type WorkItemField, type WorkItemState } from './work-item-state';

export interface ImportContext {
  /** The group imported into: every row's group is this one or below it. */
  targetGroup: string;
  /** Every group's path and its body's name. */
  groups: ReadonlyMap<string, { body: string }>;
  topics: ReadonlySet<string>;
  /** Whether the importing person may edit items of the group at `path`. */
  canEdit(path: string): boolean;
}

/** The spreadsheet column that shows each field of the state. */
const COLUMN_OF: Record<WorkItemField, RoadmapColumn> = {
  workingName: 'identifier',
  number: 'number',
  title: 'title',
  kind: 'kind',
  generation: 'generation',
  group: 'group',
  topics: 'topics',
  process: 'process',
  status: 'status',
  startDate: 'start',
  targetDate: 'target',
  approvedDate: 'approved',
  summary: 'summary',
  baseTextUrl: 'url',
  publicationUrl: 'url',
  documentVersion: 'identifier',
  editors: 'editors',
  relations: 'identifier',
};

/** "under study", "Under-Study" -> "UNDER_STUDY": codes are typed by people. */
const code = (cell: string) =>
  cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

const isUnder = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}/`);

/** Stages whose url is the publication rather than the base text. */
const PUBLISHED_STAGES = new Set(['APPROVED', 'SUPERSEDED']);

/**
 * The `url` column shows publicationUrl ?? baseTextUrl. Reading it back changes nothing when it
 * shows the same; an empty cell clears both; otherwise the publication URL is set when the item
 * has one or its status is approved (or superseded), else the base text URL.
 */
function urls(
  cell: string,
  existing: WorkItemState | null,
  stage: string | null,
): Pick<WorkItemState, 'baseTextUrl' | 'publicationUrl'> {
  const url = cell.trim();
  const before = {
    baseTextUrl: existing?.baseTextUrl ?? null,
    publicationUrl: existing?.publicationUrl ?? null,
  };
  if (url === (before.publicationUrl ?? before.baseTextUrl ?? '')) return before;
  if (url === '') return { baseTextUrl: null, publicationUrl: null };
  if (before.publicationUrl || (stage && PUBLISHED_STAGES.has(stage)))
    return { ...before, publicationUrl: url };
  return { ...before, baseTextUrl: url };
}

/** Editor roles are not in the spreadsheet: an editor already listed (same name and e-mail) keeps theirs. */
function editors(cell: string, existing: WorkItemState | null) {
  return parseEditors(cell).map((e) => {
    const same = existing?.editors.find(
      (x) => x.name === e.name && (x.email ?? '').toLowerCase() === (e.email ?? '').toLowerCase(),
    );
    return { ...e, role: same?.role ?? 'EDITOR' };
  });
}

export type RowResult =
  { state: WorkItemState; errors?: undefined } | { state?: undefined; errors: ImportError[] };

/** The state a row asks for; `existing` is the item it matched (null: a new item). */
export function rowToState(
  line: number,
  record: RoadmapRecord,
  existing: WorkItemState | null,
  context: ImportContext,
): RowResult {
  const errors: ImportError[] = [];
  const fail = (column: RoadmapColumn, message: string) => errors.push({ line, column, message });
  const identifier = record.identifier.trim() || record.number.trim();
  const number = record.number.trim() || null;
  if (!identifier) fail('identifier', 'is required: the number or working name of the item');
  // Once an item has a number the spreadsheet shows it twice and the working name is not shown.
  const workingName = !number
    ? identifier
    : identifier !== number
      ? identifier
      : (existing?.workingName ?? null);

  const processCell = code(record.process);
  const process = (processCell || existing?.process || '') as ApprovalProcess;
  const status = code(record.status) || existing?.status || '';
  let stage: string | null = null;
  if (!PROCESSES.includes(process)) {
    fail('process', processCell ? `must be one of ${PROCESSES.join(', ')}` : 'is required');
  } else if (existing && process !== existing.process) {
    fail('process', `cannot change from ${existing.process} once an item exists`);
  } else if (!status) {
    fail('status', 'is required');
  } else if (!findStatus(process, status)) {
    const codes = LIFECYCLES[process].map((s) => s.code).join(', ');
    fail('status', `"${status}" is not a status of the ${process} process (${codes})`);
  } else {
    stage = stageOf(process, status);
    if (existing && status !== existing.status && !canReach(process, existing.status, status))
      fail(
        'status',
        `cannot move from ${existing.status} to ${status}: the ${process} lifecycle does not lead there`,
      );
    const stageCell = code(record.stage);
    if (stageCell && stageCell !== stage)
      fail(
        'stage',
        `is ${stageCell} but status ${status} is in the ${stage} stage (leave it empty or correct it)`,
      );
  }

  const group = record.group.trim() || context.targetGroup;
  const groupInfo = context.groups.get(group);
  if (!groupInfo) fail('group', `no group has the path "${group}"`);
  else if (!isUnder(group, context.targetGroup))
    fail('group', `${group} is outside ${context.targetGroup}, the group imported into`);
  else if (!context.canEdit(group)) fail('group', `you may not edit the work items of ${group}`);
  else if (record.body.trim() && record.body.trim().toLowerCase() !== groupInfo.body.toLowerCase())
    fail('body', `is "${record.body.trim()}" but ${group} belongs to ${groupInfo.body}`);
  if (existing && !isUnder(existing.group, context.targetGroup))
    fail('identifier', `${identifier} belongs to ${existing.group}, outside ${context.targetGroup}`);

  const topics = record.topics
    .split(';')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  const unknown = topics.filter((t) => !context.topics.has(t));
  if (unknown.length) fail('topics', `unknown topic${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);

  const input = {
    workingName,
    number,
    title: record.title,
    kind: code(record.kind),
    generation: code(record.generation).replace(/_/g, ''),
    group,
    topics,
    process,
    status,
    startDate: record.start.trim(),
    targetDate: record.target.trim(),
    approvedDate: record.approved.trim(),
    summary: record.summary,
    ...urls(record.url, existing, stage),
    documentVersion: existing?.documentVersion ?? null,
    editors: editors(record.editors, existing),
    relations: existing?.relations ?? [],
  };
  const parsed = createWorkItemSchema.safeParse(input);
  if (!parsed.success) errors.push(...issueErrors(line, parsed.error, input));
  if (errors.length || !parsed.success) return { errors: dedupe(errors) };
  const { comment: _comment, ...state } = parsed.data;
  return { state: normaliseState(state) };
}

function issueErrors(line: number, error: z.ZodError, input: Record<string, unknown>): ImportError[] {
  return error.issues.map((issue) => {
    const [field, index, sub] = issue.path as [WorkItemField, number | undefined, string | undefined];
    const column = COLUMN_OF[field] ?? '';
    let message = issue.message;
    if (field === 'editors' && typeof index === 'number') {
      const editor = (input.editors as { name: string }[])[index];
      message = `editor ${index + 1} (${editor?.name || 'no name'}): ${sub ?? ''} ${issue.message}`.replace(
        '  ',
        ' ',
      );
    } else if (field === 'topics' && typeof index === 'number') {
      message = `topic ${index + 1}: ${issue.message}`;
    } else if (field === 'workingName' || field === 'number') {
      message = `${issue.message}`;
    }
    return { line, column, message };
  });
}

/** Problems already reported by a rule of ours are not repeated by the schema (process, status). */
function dedupe(errors: ImportError[]): ImportError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
