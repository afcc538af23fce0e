import type { EditorDto } from '@/lib/server/queries/roadmap-types';

const ROLE_LABELS: Record<string, string> = {
  EDITOR: 'Editor',
  CO_EDITOR: 'Co-editor',
  RAPPORTEUR: 'Rapporteur',
  AUTHOR: 'Author',
};

export function EditorList({ editors }: { editors: EditorDto[] }) {
  if (editors.length === 0) return <p className="text-sm text-slate-600">No editors recorded.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {editors.map((e, index) => (
        <li key={`${e.name}-${index}`}>
          <span className="font-medium text-slate-900">{e.name}</span>{' '}
          <span className="text-slate-600">({ROLE_LABELS[e.role] ?? e.role})</span>
          {e.affiliation ? <span className="block text-slate-700">{e.affiliation}</span> : null}
          {e.email ? (
            <a href={`mailto:${e.email}`} className="block break-all">
              {e.email}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
