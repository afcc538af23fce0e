import type { EditionScope } from '@/lib/domain/edition/snapshot';
import { GENERATION_LABELS } from '@/lib/domain/labels';

/** "IMT-2020 and IMT-2030 · every body · every topic", with names where the caller knows them. */
export function scopeText(
  scope: EditionScope,
  names: { bodies?: Map<string, string>; topics?: Map<string, string> } = {},
): string {
  return [
    scope.generations.length
      ? scope.generations.map((g) => GENERATION_LABELS[g]).join(' and ')
      : 'IMT-2020 and IMT-2030',
    scope.bodies.length ? scope.bodies.map((b) => names.bodies?.get(b) ?? b).join(', ') : 'every body',
    scope.topics.length ? scope.topics.map((t) => names.topics?.get(t) ?? t).join(', ') : 'every topic',
  ].join(' · ');
}
