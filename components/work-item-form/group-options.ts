import type { GroupOption } from './work-item-form';

/** Groups as select options ("ITU-T Q20/13 — Title"), in the tree's order. */
export function groupOptions(
  groups: readonly { path: string; code: string; name: string; bodyId: number }[],
  bodies: readonly { id: number; name: string }[],
): GroupOption[] {
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  return groups.map((g) => ({
    path: g.path,
    label: `${bodyName.get(g.bodyId) ?? ''} ${g.code} — ${g.name}`.trim(),
  }));
}
