/** The page shown instead of a liaison form to someone who may not use it (status 403 in words). */
export function LiaisonNotAllowed({
  title,
  name,
  children,
}: {
  title: string;
  name: string;
  children?: React.ReactNode;
}) {
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-3 py-10">
      <p className="text-brand-700 text-sm font-semibold">403</p>
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="text-slate-700">
        You are signed in as {name}. Liaison statements are recorded and edited by the rapporteurs and
        coordinators of the sending or receiving groups, and by admins. Ask an admin if you need a role.
      </p>
      {children}
      <p>
        <a href="/liaisons">Back to the liaison statements</a>
      </p>
    </div>
  );
}
