import { StageBadge } from '@/components/ui/stage-badge';
import { LIFECYCLES, PROCESSES, PROCESS_LABELS } from '@/lib/domain/lifecycle';

/** Each approval process's native statuses and the common stage each maps to (from lib/domain/lifecycle). */
export function LifecycleTables() {
  return (
    <div className="space-y-2">
      {PROCESSES.map((process) => (
        <details key={process} className="rounded-md border border-slate-200 bg-white">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-900">
            {PROCESS_LABELS[process]}
          </summary>
          <div className="overflow-x-auto px-3 pb-3">
            <table className="w-full text-sm">
              <caption className="sr-only">
                Statuses of the {PROCESS_LABELS[process]} and their common stages
              </caption>
              <thead className="text-slate-700">
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1.5 pr-3 text-left font-semibold">
                    Native status
                  </th>
                  <th scope="col" className="py-1.5 text-left font-semibold">
                    Common stage
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {LIFECYCLES[process].map((status) => (
                  <tr key={status.code}>
                    <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                      {status.name}
                    </th>
                    <td className="py-1.5">
                      <StageBadge stage={status.stage} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </div>
  );
}
