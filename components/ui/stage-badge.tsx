import { STAGE_LABELS, type Stage } from '@/lib/domain/lifecycle';

// Colours chosen for at least 4.5:1 contrast of text on background (WCAG 2.2 AA).
const STYLES: Record<Stage, string> = {
  PLANNED: 'bg-slate-100 text-slate-800 ring-slate-300',
  DRAFTING: 'bg-sky-50 text-sky-900 ring-sky-300',
  UNDER_APPROVAL: 'bg-amber-50 text-amber-900 ring-amber-300',
  APPROVED: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  WITHDRAWN: 'bg-rose-50 text-rose-900 ring-rose-300',
  SUPERSEDED: 'bg-violet-50 text-violet-900 ring-violet-300',
};

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`badge ${STYLES[stage]}`}>{STAGE_LABELS[stage]}</span>;
}
