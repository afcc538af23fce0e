import type { SupplementOutline } from '@/lib/domain/edition/outline';

/** The title block of the supplement, as on its cover page. */
export function EditionTitle({ outline }: { outline: SupplementOutline }) {
  const t = outline.titleBlock;
  return (
    <div className="space-y-1 border-b-2 border-slate-800 pb-3">
      <p className="text-sm font-semibold tracking-wide text-slate-600">
        {t.sector} · {t.series} · {t.dateLabel}
      </p>
      <p className="text-sm text-slate-700">{t.number}</p>
      <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">{t.title}</h1>
    </div>
  );
}
