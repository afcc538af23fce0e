import Link from 'next/link';

// /editions/manage refused (403): the person is signed in but does not keep the roadmap.
export default function ManageEditionsForbidden() {
  return (
    <div className="mx-auto max-w-prose space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h1 className="text-xl font-semibold text-slate-900">You may not manage editions</h1>
      <p className="text-sm text-slate-800">
        The annual editions of the roadmap are made by admins and by the coordinators of the groups that own
        the roadmap (Resolution 92: Study Group 13 and JCA-IMT2020). The published ones are on the{' '}
        <Link href="/editions">editions page</Link>.
      </p>
    </div>
  );
}
