import 'server-only';
import type { FieldChanges } from '@/lib/domain/field-changes';
import { previewConflicts } from '@/lib/domain/import-preview';
import { todayUtc } from '@/lib/domain/liaisons';
import { readRoadmapTable, type ImportError, type ImportRow } from '@/lib/domain/roadmap-import';
import { identifiersToLookUp, planImport, type ImportPlan } from '@/lib/domain/roadmap-import-plan';
import type { ImportContext } from '@/lib/domain/roadmap-import-row';
import { auditComment } from '@/lib/domain/schemas/fields';
import type { WorkItemState } from '@/lib/domain/work-item-state';
import { recordAudits, type Tx } from '../audit';
import { db } from '../db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { claimPreview, fileDigest, storePreview } from '../import-preview-store';
import { authorize, canEditGroup, type Actor } from '../permissions';
import { readSpreadsheet } from '../spreadsheet';
import { parseInput } from '../validation';
import {
  createItems,
  findItemIds,
  insertStatusChanges,
  loadItems,
  lockItems,
  updateItems,
  type BulkRefs,
} from '../work-item-bulk';
import { stateChanges } from '../work-item-store';
import { userRef, writeTransaction } from './write-transaction';

export interface ImportWorkItemsOptions {
  actor: Actor | null;
  /** The path of the group imported into; every row belongs to it or a group below it. */
  group: string;
  file: Uint8Array;
  /** Informational: the format is recognised from the bytes (an XLSX is a ZIP). */
  contentType?: string | null;
  dryRun: boolean;
  /** Why, for the audit trail. */
  comment?: string | null;
  /**
   * The token a dry run answered: the apply then writes exactly what that preview showed, or
   * nothing (409 naming the lines that changed since). Without it, the apply writes what the file
   * changes at that moment (a sync script).
   */
  previewToken?: string | null;
}

export interface ImportResult {
  dryRun: boolean;
  create: { line: number; identifier: string; fields: WorkItemState }[];
  update: { line: number; identifier: string; version: number; changes: FieldChanges }[];
  unchanged: number;
  errors: ImportError[];
  /** A dry run without errors: the token that lets the apply write exactly this preview. */
  previewToken?: string | null;
}

const REFERENCE = 'Spreadsheet import';

/**
 * Imports a roadmap spreadsheet (CSV or XLSX) into a group: a preview with `dryRun`, else all rows
 * in one transaction or none (any error: 422 carrying the preview). Rows equal to the stored item
 * write nothing, so importing the same file twice changes nothing the second time.
 */
export async function importWorkItems(options: ImportWorkItemsOptions): Promise<ImportResult> {
  const { actor, dryRun } = options;
  if (!actor) authorize(actor, 'workItem.edit');
  const comment = parseInput(auditComment, options.comment ?? undefined) ?? null;
  const reference = await loadReference();
  const group = options.group.trim();
  if (!group) throw new AppError('INVALID_INPUT', msg('errors.import.needsGroup'), 'group');
  if (!reference.groups.has(group))
    throw new AppError('INVALID_INPUT', msg('errors.import.noGroup', { group }), 'group');
  authorize(actor, 'workItem.edit', { groupPaths: [group] });
  const importer: Actor = { ...actor, channel: 'IMPORT' };

  const sheet = await readSpreadsheet(options.file);
  const { rows, errors } = readRoadmapTable(sheet.table, { formulaPrefix: sheet.format === 'csv' });
  const context: ImportContext = {
    targetGroup: group,
    groups: reference.groups,
    topics: new Set(reference.topicIds.keys()),
    canEdit: (path) => canEditGroup(actor, path),
  };
  const binding = { userId: actor.userId, fileSha256: fileDigest(options.file), options: { group, comment } };
  if (dryRun) {
    const planned = await plan(db(), rows, context, errors, false);
    const preview = result(true, planned);
    const previewToken = preview.errors.length ? null : await storePreview(db(), binding, planned.lines);
    return { ...preview, previewToken };
  }
  return writeTransaction(async (tx) => {
    const token = options.previewToken;
    const previewed = token === undefined || token === null ? null : await claimPreview(tx, token, binding);
    const planned = await plan(tx, rows, context, errors, true);
    if (previewed) refuseConflicts(previewed, planned);
    const preview = result(false, planned);
    if (preview.errors.length) {
      const n = preview.errors.length;
      throw new AppError('UNPROCESSABLE', msg('errors.import.problems', { count: n }), 'file', undefined, {
        ...preview,
      });
    }
    await write(tx, planned, reference, importer, { comment, recordedById: userRef(actor) });
    return preview;
  });
}

/** 409 when a line of the stored preview matches something else now (checked under the row locks). */
function refuseConflicts(previewed: Parameters<typeof previewConflicts>[0], planned: ImportPlan): void {
  const conflicts = previewConflicts(previewed, planned.lines);
  if (!conflicts.length) return;
  const n = conflicts.length;
  throw new AppError(
    'CONFLICT',
    msg('errors.importPreview.conflicts', { count: n }),
    'previewToken',
    undefined,
    { conflicts },
  );
}

async function loadReference() {
  const [groups, topics] = await Promise.all([
    db().group.findMany({ select: { id: true, path: true, body: { select: { name: true } } } }),
    db().topic.findMany({ select: { id: true, slug: true } }),
  ]);
  return {
    groups: new Map(groups.map((g) => [g.path, { body: g.body.name, id: g.id }])),
    topicIds: new Map(topics.map((t) => [t.slug, t.id])),
  };
}

/** Loads (and in a transaction locks) the items the rows name, then compares. */
async function plan(
  client: Tx,
  rows: ImportRow[],
  context: ImportContext,
  errors: ImportError[],
  lock: boolean,
) {
  const itemIdByIdentifier = await findItemIds(client, identifiersToLookUp(rows));
  const ids = [...new Set(itemIdByIdentifier.values())];
  if (lock) await lockItems(client, ids);
  const planned = planImport(rows, { itemIdByIdentifier, items: await loadItems(client, ids) }, context);
  planned.errors = [...errors, ...planned.errors].sort((a, b) => a.line - b.line);
  return planned;
}

function result(dryRun: boolean, plan: ImportPlan): ImportResult {
  return {
    dryRun,
    create: plan.create.map((c) => ({ line: c.line, identifier: c.identifier, fields: c.state })),
    update: plan.update.map((u) => ({
      line: u.line,
      identifier: u.item.identifier,
      version: u.item.version + 1,
      changes: u.changes,
    })),
    unchanged: plan.unchanged,
    errors: plan.errors,
  };
}

async function write(
  tx: Tx,
  planned: ImportPlan,
  reference: Awaited<ReturnType<typeof loadReference>>,
  actor: Actor,
  { comment, recordedById }: { comment: string | null; recordedById: string | null },
): Promise<void> {
  const refs: BulkRefs = {
    groupIds: new Map([...reference.groups].map(([path, g]) => [path, g.id])),
    topicIds: reference.topicIds,
  };
  const today = todayUtc();
  const recorded = { recordedBy: actor.name, recordedById, reference: REFERENCE };
  const ids = await createItems(tx, planned.create, refs);
  await updateItems(tx, planned.update, refs);
  const moved = planned.update.filter((u) => 'status' in u.changes);
  await insertStatusChanges(tx, [
    ...planned.create.map((c) => ({
      workItemId: ids.get(c.identifier)!,
      process: c.state.process,
      fromCode: null,
      toCode: c.state.status,
      // As for an item created in the form: it reached its first status at its start, when known.
      date: c.state.startDate ?? today,
      note: 'Created',
      ...recorded,
    })),
    ...moved.map((u) => ({
      workItemId: u.item.id,
      process: u.state.process,
      fromCode: u.item.state.status,
      toCode: u.state.status,
      date: today,
      note: null,
      ...recorded,
    })),
  ]);
  await recordAudits(tx, actor, [
    ...planned.create.map((c) => ({
      action: 'work_item.import.create',
      entityType: 'work_item' as const,
      entityId: ids.get(c.identifier)!,
      entityLabel: c.identifier,
      version: 1,
      changes: stateChanges(null, c.state),
      comment,
    })),
    ...planned.update.map((u) => ({
      action: 'work_item.import.update',
      entityType: 'work_item' as const,
      entityId: u.item.id,
      entityLabel: u.state.number ?? u.state.workingName ?? u.item.identifier,
      version: u.item.version + 1,
      changes: u.changes,
      comment,
    })),
  ]);
}
