import { operationAnchor, type FieldRow, type OperationOutline } from '@/lib/domain/openapi-outline';

const METHOD_STYLES: Record<string, string> = {
  GET: 'bg-sky-100 text-sky-900',
  POST: 'bg-emerald-100 text-emerald-900',
  PATCH: 'bg-amber-100 text-amber-900',
};

function FieldTable({ caption, rows }: { caption: string; rows: FieldRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="mb-1 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">
              Name
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Type
            </th>
            <th scope="col" className="py-1 font-medium">
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-3 font-mono text-xs whitespace-nowrap text-slate-900">
                {row.name}
                {row.required ? (
                  <span className="ml-1 text-red-700" title="required">
                    *
                  </span>
                ) : null}
              </td>
              <td className="max-w-[16rem] py-1 pr-3 text-xs break-words text-slate-700">{row.type}</td>
              <td className="py-1 text-xs text-slate-700">{row.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One operation of the API: method, path, what it does, its inputs and answers. */
export function Operation({ op }: { op: OperationOutline }) {
  const id = operationAnchor(op);
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3
        id={`${id}-heading`}
        className="flex flex-wrap items-baseline gap-2 text-base font-semibold text-slate-900"
      >
        <span
          className={`rounded px-1.5 py-0.5 font-mono text-xs ${METHOD_STYLES[op.method] ?? 'bg-slate-100'}`}
        >
          {op.method}
        </span>
        <code className="font-mono text-sm break-all">{op.path}</code>
        <span className="font-normal text-slate-700">{op.summary}</span>
      </h3>
      {op.description ? <p className="max-w-3xl text-sm text-slate-700">{op.description}</p> : null}
      <p className="text-xs text-slate-600">
        {op.needsToken
          ? 'Needs an API token (Authorization: Bearer …).'
          : 'Open to everyone, no token needed.'}
        {op.bodyType ? ` Body: ${op.bodyType}.` : ''}
      </p>
      <FieldTable caption="Parameters" rows={op.parameters} />
      <FieldTable caption="Body fields (* required)" rows={op.bodyFields} />
      <div>
        <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">Answers</h4>
        <ul className="space-y-0.5 text-xs text-slate-700">
          {op.responses.map((r) => (
            <li key={r.status}>
              <span className="font-mono font-semibold text-slate-900">{r.status}</span> {r.description}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
