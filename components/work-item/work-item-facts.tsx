import Link from 'next/link';
import type { ReactNode } from 'react';
import { UtcDate } from '@/components/ui/utc-date';
import { GENERATION_LABELS, KIND_LABELS } from '@/lib/domain/labels';
import { PROCESS_LABELS } from '@/lib/domain/lifecycle';
import type { WorkItemDetail } from '@/lib/server/queries/roadmap-types';
import { UtcTimestamp } from './utc-timestamp';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-x-3 py-1.5 sm:grid-cols-1 lg:grid-cols-[9rem_1fr]">
      <dt className="text-slate-600">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-500">—</span>;

/** Every descriptive field of an item as a description list. */
export function WorkItemFacts({ item }: { item: WorkItemDetail }) {
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      <Fact term="Identifier">
        <span className="font-mono">{item.identifier}</span>
      </Fact>
      <Fact term="Working name">
        {item.workingName ? <span className="font-mono">{item.workingName}</span> : none}
      </Fact>
      <Fact term="Final number">{item.number ? <span className="font-mono">{item.number}</span> : none}</Fact>
      {item.previousIdentifiers.length > 0 ? (
        <Fact term="Formerly">
          <span className="font-mono">{item.previousIdentifiers.join(', ')}</span>
        </Fact>
      ) : null}
      <Fact term="Kind">{KIND_LABELS[item.kind]}</Fact>
      <Fact term="Body">
        <Link href={`/groups/${item.body.slug}`}>{item.body.name}</Link>
      </Fact>
      <Fact term="Group">
        <Link href={`/groups/${item.group.path}`}>{item.group.code}</Link>
        <span className="block text-slate-600">{item.group.name}</span>
      </Fact>
      <Fact term="IMT generation">{GENERATION_LABELS[item.generation]}</Fact>
      <Fact term="Topics">
        {item.topics.length === 0 ? (
          none
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {item.topics.map((t) => (
              <li key={t.slug}>
                <Link
                  href={`/?topic=${encodeURIComponent(t.slug)}`}
                  className="bg-brand-50 text-brand-800 inline-block rounded px-1.5 py-0.5"
                >
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact term="Approval process">{PROCESS_LABELS[item.process]}</Fact>
      <Fact term="Start">
        <UtcDate date={item.startDate} />
      </Fact>
      <Fact term="Target">
        <UtcDate date={item.targetDate} />
      </Fact>
      <Fact term="Approved / published">
        <UtcDate date={item.approvedDate} />
      </Fact>
      <Fact term="Document version">{item.documentVersion ?? none}</Fact>
      <Fact term="Last updated">
        <UtcTimestamp value={item.updatedAt} />
      </Fact>
    </dl>
  );
}
