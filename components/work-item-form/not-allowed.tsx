import Link from 'next/link';

/** Shown instead of a form to someone signed in who may not edit the item or group. */
export function NotAllowed({ identifier, what }: { identifier?: string; what: string }) {
  return (
    <div className="mx-auto max-w-prose space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h1 className="text-xl font-semibold text-slate-900">You may not {what}</h1>
      <p className="text-sm text-slate-800">
        Only the group’s rapporteurs, the coordinators above it and admins edit its work items. If you should,
        ask an admin to give you a role in the group.
      </p>
      <p className="text-sm">
        {identifier ? (
          <Link href={`/items/${encodeURIComponent(identifier)}`}>Back to {identifier}</Link>
        ) : (
          <Link href="/">Back to the roadmap</Link>
        )}
      </p>
    </div>
  );
}
