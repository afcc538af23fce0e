import type { LiaisonFormState } from '@/lib/domain/liaison-form';

/** A 409: what changed since the form was loaded, beside what the form holds, and how to go on. */
export function ConflictNotice({
  message,
  conflict,
  reloadHref,
}: {
  message: string;
  conflict: NonNullable<LiaisonFormState['conflict']>;
  reloadHref: string;
}) {
  return (
    <div
      role="alert"
      id="lf-conflict"
      className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-semibold">Not saved: someone else changed this liaison meanwhile.</p>
      <p className="mt-1">{message}</p>
      {conflict.fields.length > 0 ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[28rem] border-collapse text-left">
            <caption className="sr-only">Fields whose stored value differs from your form</caption>
            <thead>
              <tr className="border-b border-amber-300">
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Field
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Stored now (version {conflict.currentVersion})
                </th>
                <th scope="col" className="py-1 font-semibold">
                  In your form
                </th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map((f) => (
                <tr key={f.field} className="border-b border-amber-200 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {f.label}
                  </th>
                  <td className="py-1 pr-3 break-words">{f.now}</td>
                  <td className="py-1 break-words">{f.yours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="mt-2">
        Your input is kept below. Copy what you need, then{' '}
        <a href={reloadHref} className="font-medium underline">
          load the current version
        </a>{' '}
        and apply your change to it.
      </p>
    </div>
  );
}
