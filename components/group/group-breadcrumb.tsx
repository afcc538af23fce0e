import Link from 'next/link';

export interface Crumb {
  label: string;
  href: string;
}

/** Where a group sits: Groups / body / ancestors / the group itself (the current page). */
export function GroupBreadcrumb({ crumbs, current }: { crumbs: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-x-1.5">
            <Link href={crumb.href}>{crumb.label}</Link>
            <span aria-hidden="true">/</span>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-slate-800">
          {current}
        </li>
      </ol>
    </nav>
  );
}
