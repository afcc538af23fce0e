import {
  CHANGE_KIND_TITLES,
  CHANGE_KINDS,
  type ChangeKind,
  type ChangeRow,
} from '@/lib/domain/edition/change-rows';

// The changes between two editions, one table per kind of change (the clause "Changes since the
// previous edition" for any pair of editions).

const COLUMNS: Record<ChangeKind, [string, string] | null> = {
  added: null,
  approved: ['', 'Approved on'],
  statusChanged: ['Status before', 'Status after'],
  withdrawn: ['', 'Stage'],
  targetMoved: ['Target before', 'Target after'],
  renamed: ['Former identifier', 'Identifier'],
  removed: null,
};

const tableClass =
  'w-full min-w-[36rem] border-collapse text-sm [&_td]:border-t [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1.5 [&_td]:align-top [&_th]:bg-slate-100 [&_th]:px-2 [&_th]:py-1.5 [&_th]:text-left [&_th]:font-semibold';

export function ChangeSummary({ rows }: { rows: ChangeRow[] }) {
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {CHANGE_KINDS.map((kind) => {
        const count = rows.filter((r) => r.kind === kind).length;
        return (
          <li key={kind}>
            <a
              href={`#changes-${kind}`}
              className="hover:border-brand-600 inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-slate-800 no-underline"
            >
              {CHANGE_KIND_TITLES[kind]}: <strong>{count}</strong>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

export function ChangeTables({ rows, bodyNames }: { rows: ChangeRow[]; bodyNames: Map<string, string> }) {
  return (
    <div className="space-y-6">
      {CHANGE_KINDS.map((kind) => {
        const list = rows.filter((r) => r.kind === kind);
        const extra = COLUMNS[kind];
        return (
          <section key={kind} aria-labelledby={`changes-${kind}`} className="space-y-2">
            <h2 id={`changes-${kind}`} className="scroll-mt-4 text-lg font-semibold text-slate-900">
              {CHANGE_KIND_TITLES[kind]} ({list.length})
            </h2>
            {list.length === 0 ? (
              <p className="text-sm text-slate-600">None.</p>
            ) : (
              <div
                className="overflow-x-auto rounded border border-slate-200 bg-white"
                role="region"
                aria-labelledby={`changes-${kind}`}
                tabIndex={0}
              >
                <table className={tableClass}>
                  <thead>
                    <tr>
                      <th scope="col">Identifier</th>
                      <th scope="col">Title</th>
                      <th scope="col">Body</th>
                      {extra?.[0] ? <th scope="col">{extra[0]}</th> : null}
                      {extra ? <th scope="col">{extra[1]}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((r) => (
                      <tr key={r.key}>
                        <td>
                          {kind === 'removed' ? (
                            r.identifier
                          ) : (
                            <a href={`/items/${encodeURIComponent(r.identifier)}`}>{r.identifier}</a>
                          )}
                        </td>
                        <td>{r.title}</td>
                        <td>{bodyNames.get(r.body) ?? r.body}</td>
                        {extra?.[0] ? <td>{r.from || '—'}</td> : null}
                        {extra ? <td>{r.to || '—'}</td> : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
