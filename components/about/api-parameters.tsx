import type { ReactNode } from 'react';
import { DOCUMENT_KINDS, toSlug } from '@/lib/domain/labels';
import { STAGES } from '@/lib/domain/lifecycle';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SORTS } from '@/lib/domain/roadmap-filters';

const code = (values: readonly string[]) =>
  values.map((v, i) => (
    <span key={v}>
      {i > 0 ? ', ' : null}
      <code className="font-mono text-xs">{v}</code>
    </span>
  ));

const PARAMETERS: { name: string; meaning: ReactNode }[] = [
  { name: 'q', meaning: 'Text search in identifiers, working names, final numbers, titles and summaries.' },
  { name: 'body', meaning: <>A body’s code, e.g. {code(['itu-t', '3gpp', 'ietf', 'etsi'])}.</> },
  {
    name: 'group',
    meaning: (
      <>
        A group’s path, subgroups included, e.g. {code(['itu-t/sg13', 'itu-t/sg13/wp1-13'])} (as in the
        address of its page under /groups).
      </>
    ),
  },
  { name: 'topic', meaning: 'A topic’s code, as in the links of the roadmap’s topic filter.' },
  { name: 'stage', meaning: <>The common stage: {code(STAGES.map(toSlug))}.</> },
  {
    name: 'status',
    meaning: (
      <>A body’s native status, e.g. {code(['consented', 'last-call', 'under-change-control', 'rfc'])}.</>
    ),
  },
  {
    name: 'generation',
    meaning: <>{code(['imt-2020', 'imt-2030'])}; items for both generations match either.</>,
  },
  { name: 'kind', meaning: <>Kind of document: {code(DOCUMENT_KINDS.map(toSlug))}.</> },
  { name: 'year', meaning: 'Year of approval or publication, else the target year, e.g. 2025.' },
  {
    name: 'sort',
    meaning: (
      <>
        One of {code(SORTS)}; prefix <code className="font-mono text-xs">-</code> for descending, e.g.{' '}
        <code className="font-mono text-xs">-target</code>.
      </>
    ),
  },
  { name: 'page', meaning: 'Page number, from 1.' },
  {
    name: 'pageSize',
    meaning: `Items per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}); without page or pageSize the CSV has every matching item.`,
  },
];

/** The query parameters shared by the roadmap page, the JSON API and the CSV download. */
export function ApiParameters() {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">
          Query parameters of the roadmap, the JSON API and the CSV download
        </caption>
        <thead className="text-slate-700">
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-1.5 pr-4 text-left font-semibold">
              Parameter
            </th>
            <th scope="col" className="py-1.5 text-left font-semibold">
              Meaning and values
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {PARAMETERS.map((p) => (
            <tr key={p.name}>
              <th scope="row" className="py-1.5 pr-4 text-left font-mono font-medium">
                {p.name}
              </th>
              <td className="py-1.5 text-slate-800">{p.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
