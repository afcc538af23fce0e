// What an import will do: each row matched to an existing item (by its current or former
// identifier, ignoring case as the database does) or new, compared field by field.
import { diffFields, type FieldChanges } from './field-changes';
import type { ImportError, ImportRow } from './roadmap-import';
import { rowToState, type ImportContext } from './roadmap-import-row';
import { currentIdentifier, normaliseState, type WorkItemState } from './work-item-state';

export interface ExistingItem {
  id: number;
  identifier: string;
  version: number;
  state: WorkItemState;
}

export interface ImportLookup {
  /** The id of the item that has or had this identifier (lowercase key). */
  itemIdByIdentifier: ReadonlyMap<string, number>;
  items: ReadonlyMap<number, ExistingItem>;
}

export interface PlannedCreate {
  line: number;
  identifier: string;
  state: WorkItemState;
}

export interface PlannedUpdate {
  line: number;
  item: ExistingItem;
  state: WorkItemState;
  changes: FieldChanges;
}

/** What a line without errors matched: an item at a version, or nothing (the line creates one). */
export interface PlannedLine {
  line: number;
  identifier: string;
  itemId: number | null;
  version: number | null;
}

export interface ImportPlan {
  create: PlannedCreate[];
  update: PlannedUpdate[];
  unchanged: number;
  errors: ImportError[];
  /** Every line without errors, in file order (what a stored preview is compared on). */
  lines: PlannedLine[];
}

const key = (identifier: string) => identifier.trim().toLowerCase();

/** The identifiers (lowercase) the database must be asked about: both identifier cells of every row. */
export function identifiersToLookUp(rows: readonly ImportRow[]): string[] {
  const all = new Set<string>();
  for (const { record } of rows)
    for (const cell of [record.identifier, record.number]) if (cell.trim()) all.add(key(cell));
  return [...all];
}

export function planImport(
  rows: readonly ImportRow[],
  lookup: ImportLookup,
  context: ImportContext,
): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: 0, errors: [], lines: [] };
  const lineOfItem = new Map<number, number>();
  const lineOfNewIdentifier = new Map<string, number>();
  const lineOfCell = new Map<string, number>();
  for (const { line, record } of rows) {
    const cell = key(record.identifier || record.number);
    const first = cell ? lineOfCell.get(cell) : undefined;
    if (first !== undefined) {
      plan.errors.push({
        line,
        column: 'identifier',
        message: `duplicate identifier ${record.identifier.trim() || record.number.trim()}: also on line ${first}`,
      });
      continue;
    }
    if (cell) lineOfCell.set(cell, line);
    const matchId =
      lookup.itemIdByIdentifier.get(key(record.identifier)) ??
      (record.number.trim() ? lookup.itemIdByIdentifier.get(key(record.number)) : undefined);
    const existing = matchId === undefined ? undefined : lookup.items.get(matchId);
    const label = record.identifier.trim() || record.number.trim();
    if (existing) {
      const earlier = lineOfItem.get(existing.id);
      if (earlier !== undefined) {
        plan.errors.push({
          line,
          column: 'identifier',
          message: `${label} is the same work item as line ${earlier} (${existing.identifier})`,
        });
        continue;
      }
      lineOfItem.set(existing.id, line);
    }
    const result = rowToState(line, record, existing?.state ?? null, context);
    if (result.errors) {
      plan.errors.push(...result.errors);
      continue;
    }
    const state = result.state;
    const identifier = currentIdentifier(state)!;
    const clash = checkIdentifier(line, identifier, existing?.id, lookup, lineOfNewIdentifier);
    if (clash) {
      plan.errors.push(clash);
      continue;
    }
    plan.lines.push({
      line,
      identifier,
      itemId: existing?.id ?? null,
      version: existing?.version ?? null,
    });
    if (!existing) {
      plan.create.push({ line, identifier, state });
      continue;
    }
    const changes = diffFields(existing.state, normaliseState(state));
    if (Object.keys(changes).length === 0) plan.unchanged += 1;
    else plan.update.push({ line, item: existing, state, changes });
  }
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}

/** An item's identifier must not be (or have been) another item's, nor be claimed by two lines. */
function checkIdentifier(
  line: number,
  identifier: string,
  selfId: number | undefined,
  lookup: ImportLookup,
  lineOfNewIdentifier: Map<string, number>,
): ImportError | null {
  const column = 'identifier';
  const owner = lookup.itemIdByIdentifier.get(key(identifier));
  if (owner !== undefined && owner !== selfId) {
    const other = lookup.items.get(owner)?.identifier;
    return {
      line,
      column,
      message: `${identifier} is or was the identifier of another work item${other && other !== identifier ? ` (${other})` : ''}`,
    };
  }
  const earlier = lineOfNewIdentifier.get(key(identifier));
  if (earlier !== undefined)
    return { line, column, message: `duplicate identifier ${identifier}: also on line ${earlier}` };
  lineOfNewIdentifier.set(key(identifier), line);
  return null;
}
