import Link from 'next/link';
import type { LiaisonGroupRef } from '@/lib/server/queries/liaison-types';

function GroupLink({ group }: { group: LiaisonGroupRef }) {
  return (
    <Link href={`/groups/${group.path}`} title={group.name} className="inline-block py-0.5 whitespace-nowrap">
      {group.body} {group.code}
    </Link>
  );
}

/** "ITU-T SG13 → 3GPP TSG SA, IETF TEAS": the sender and every recipient, in and outside ITU. */
export function LiaisonParties({ from, to }: { from: LiaisonGroupRef; to: LiaisonGroupRef[] }) {
  return (
    <span className="flex flex-col gap-0.5">
      <span>
        <span className="sr-only">From </span>
        <GroupLink group={from} />
      </span>
      <span className="text-slate-700">
        <span aria-hidden="true">→ </span>
        <span className="sr-only">to </span>
        {to.length === 0 ? 'No recipient recorded' : null}
        {to.map((group, index) => (
          <span key={group.path}>
            {index > 0 ? ', ' : null}
            <GroupLink group={group} />
          </span>
        ))}
      </span>
    </span>
  );
}
