// An import preview and its apply (issue 10 item 3): the apply must write what the preview showed.
// A line conflicts when what it matched is no longer what it matches: the item changed (another
// version), was deleted or renamed, or an item now exists where the preview would have created one.
import type { PlannedLine } from './roadmap-import-plan';

export interface PreviewConflict {
  line: number;
  identifier: string;
}

const same = (a: PlannedLine, b: PlannedLine) =>
  a.identifier === b.identifier && a.itemId === b.itemId && a.version === b.version;

/** The lines whose match differs between the stored preview and the file planned again now. */
export function previewConflicts(
  previewed: readonly PlannedLine[],
  now: readonly PlannedLine[],
): PreviewConflict[] {
  const nowByLine = new Map(now.map((l) => [l.line, l]));
  const previewedLines = new Set(previewed.map((l) => l.line));
  const conflicts = previewed
    .filter((p) => {
      const current = nowByLine.get(p.line);
      return !current || !same(p, current);
    })
    .map(({ line, identifier }) => ({ line, identifier }));
  // A line the preview did not plan (it had an error then) cannot be applied from that preview.
  for (const l of now)
    if (!previewedLines.has(l.line)) conflicts.push({ line: l.line, identifier: l.identifier });
  return conflicts.sort((a, b) => a.line - b.line);
}

/** The token sent back as `previewToken`: 32 random bytes in base64url (43 characters). */
export const PREVIEW_TOKEN = /^[A-Za-z0-9_-]{43}$/;
