// Example entries: every status of every approval process (lib/domain/lifecycle.ts) must appear in
// the demo roadmap, but some statuses (a Recommendation withdrawn, a draft in last call judgment)
// have no real case that the demo data could state with confidence. Rather than attach such a
// status to a real document, these entries are openly fictitious: identifiers start "example-",
// titles "[Example]", and each summary says so. Their dates are illustrative too.
import type { ApprovalProcess, DocumentKind } from '../../../lib/generated/prisma/enums.ts';
import type { ExampleSeed, HistoryStep, WorkItemSeed } from '../types.ts';
import { ITU_T_EXAMPLES } from './examples-itu-t.ts';
import { PARTNER_EXAMPLES } from './examples-partners.ts';

const DEFAULT_KIND: Record<ApprovalProcess, DocumentKind> = {
  AAP: 'ITU_RECOMMENDATION',
  TAP: 'ITU_RECOMMENDATION',
  AGREEMENT: 'ITU_SUPPLEMENT',
  THREEGPP: 'THREEGPP_TS',
  IETF: 'IETF_INTERNET_DRAFT',
  OTHER: 'OTHER',
};

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

/** The example's path of statuses, the first on its start day and each next one four months later. */
function stepsOf(example: ExampleSeed): HistoryStep[] {
  const start = new Date(`${example.start}T00:00:00Z`);
  return example.path.split(' ').map((to, index) => {
    const date = new Date(start);
    date.setUTCMonth(start.getUTCMonth() + 4 * index);
    return { to, date: date.toISOString().slice(0, 10), note: 'Illustrative date (example entry).' };
  });
}

export const EXAMPLE_ITEMS: readonly WorkItemSeed[] = [...ITU_T_EXAMPLES, ...PARTNER_EXAMPLES].map(
  (example) => {
    const status = example.path.split(' ').at(-1) ?? '';
    return {
      workingName: `example-${kebab(example.process)}-${kebab(status)}`,
      title: `[Example] ${example.title}`,
      kind: example.kind ?? DEFAULT_KIND[example.process],
      generation: example.generation ?? 'IMT2020',
      group: example.group,
      process: example.process,
      history: stepsOf(example),
      topics: example.topics,
      summary: `Example entry, not a real work item: it shows the ${kebab(status).replace(/-/g, ' ')} status of the ${example.process} lifecycle in the demo roadmap.`,
    };
  },
);
