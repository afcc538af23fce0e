import { LIAISON_STATE_LABELS } from '@/lib/domain/labels';
import type { LiaisonState } from '@/lib/domain/liaison-filters';

// Text on background of at least 4.5:1 contrast; the label, not the colour, carries the state.
const STYLES: Record<LiaisonState, string> = {
  OPEN: 'bg-amber-50 text-amber-900 ring-amber-300',
  REPLIED: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  CLOSED: 'bg-slate-100 text-slate-800 ring-slate-300',
};

export function LiaisonStateBadge({ state }: { state: LiaisonState }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STYLES[state]}`}
    >
      {LIAISON_STATE_LABELS[state]}
    </span>
  );
}
