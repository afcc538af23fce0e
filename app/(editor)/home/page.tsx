import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { primaryButton } from '@/components/ui/form/buttons';
import {
  OpenLiaisonsTable,
  OverdueItemsTable,
  StaleItemsTable,
} from '@/components/work-item-form/editor-home-lists';
import { STALE_AFTER_MONTHS } from '@/lib/domain/freshness';
import { todayUtc } from '@/lib/domain/liaisons';
import { getCurrentActor } from '@/lib/server/current-actor';
import { getEditorHome } from '@/lib/server/queries/editor-home';
import { verifyItemAction } from '../items/actions';

export const metadata: Metadata = { title: 'My work', robots: { index: false } };

const count = (shown: number, total: number) => (total > shown ? `${shown} of ${total}` : String(total));

/** A rapporteur's or coordinator's to-do list: stale entries, missed targets, liaisons to answer. */
export default async function EditorHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent('/home')}`);
  const deleted = (await searchParams).deleted;
  const now = new Date();
  const home = await getEditorHome(actor, now);
  const today = todayUtc(now);
  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">My work</h1>
          <p className="text-sm text-slate-700">Signed in as {actor.name}. Dates in UTC.</p>
        </div>
        {home.groups.length > 0 || actor.isAdmin ? (
          <Link href="/items/new" className={primaryButton}>
            New work item
          </Link>
        ) : null}
      </header>
      {typeof deleted === 'string' ? (
        <p
          role="status"
          className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {deleted} was deleted. The audit trail keeps its last values.
        </p>
      ) : null}

      <Section id="groups" title="Your groups">
        {home.groups.length === 0 ? (
          <p className="text-sm text-slate-700">
            {actor.isAdmin
              ? 'As an admin you may edit every group; you have no group role, so the lists below are empty.'
              : 'You have no role in any group yet, so there is nothing for you to edit. Ask an admin for one.'}
          </p>
        ) : (
          <ul className="flex flex-wrap gap-2 text-sm">
            {home.groups.map((g) => (
              <li key={g.path} className="rounded border border-slate-200 bg-slate-50 px-2 py-1">
                <Link href={`/groups/${g.path}`} className="font-medium">
                  {g.body} {g.code}
                </Link>{' '}
                <span className="text-xs text-slate-600">
                  {g.role === 'COORDINATOR' ? 'coordinator' : 'rapporteur'}
                  {g.inherited ? ' (via parent group)' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="stale"
        title={`Not verified for ${STALE_AFTER_MONTHS} months (${count(home.stale.length, home.staleTotal)})`}
        aside={<span className="text-xs text-slate-600">Oldest first</span>}
      >
        {home.stale.length === 0 ? (
          <EmptyState title="Every entry of your groups has been verified recently." />
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">
              Check each entry; if it is still right, mark it as verified. Otherwise edit it or change its
              status.
            </p>
            <StaleItemsTable items={home.stale} now={now} verifyAction={verifyItemAction} />
          </>
        )}
      </Section>

      <Section
        id="overdue"
        title={`Past their target date (${count(home.overdue.length, home.overdueTotal)})`}
        aside={<span className="text-xs text-slate-600">Not approved yet · oldest target first</span>}
      >
        {home.overdue.length === 0 ? (
          <EmptyState title="No open item of your groups is past its target date." />
        ) : (
          <OverdueItemsTable items={home.overdue} />
        )}
      </Section>

      <Section
        id="liaisons"
        title={`Open liaison statements (${count(home.liaisons.length, home.liaisonsTotal)})`}
        aside={<span className="text-xs text-slate-600">Nearest deadline first · overdue on top</span>}
      >
        {home.liaisons.length === 0 ? (
          <EmptyState title="No open liaison statement from or to your groups." />
        ) : (
          <OpenLiaisonsTable liaisons={home.liaisons} today={today} />
        )}
      </Section>
    </div>
  );
}
