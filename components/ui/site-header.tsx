import Link from 'next/link';
import { SignInLink } from './sign-in-link';

const NAV = [
  { href: '/', label: 'Roadmap' },
  { href: '/groups', label: 'Groups' },
  { href: '/liaisons', label: 'Liaisons' },
  { href: '/editions', label: 'Editions' },
  { href: '/about', label: 'About' },
];

/** Links for signed-in people: their work, and the admin pages for admins. */
const ACCOUNT_NAV = [
  { href: '/home', label: 'My work', adminOnly: false },
  { href: '/admin/users', label: 'Users', adminOnly: true },
  { href: '/admin/audit', label: 'Audit log', adminOnly: true },
];

export interface HeaderAccount {
  name: string;
  isAdmin: boolean;
}

/** `account`: the signed-in person, or null for a reader (who gets a "Sign in" link). */
export function SiteHeader({
  account = null,
  signOut,
}: {
  account?: HeaderAccount | null;
  signOut?: () => Promise<void>;
}) {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:no-underline">
          IMT Roadmap
          <span className="text-brand-100 ml-2 hidden text-sm font-normal sm:inline">
            non-radio standardization of IMT-2020 and IMT-2030
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="text-white no-underline hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
              {(account ? ACCOUNT_NAV : [])
                .filter((item) => !item.adminOnly || account?.isAdmin)
                .map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="text-white no-underline hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          {account ? (
            <div className="flex min-w-0 items-center gap-3 text-sm">
              <Link
                href="/account"
                className="max-w-[14rem] truncate font-medium text-white no-underline hover:underline"
                title="Your account"
              >
                {account.name}
              </Link>
              {signOut ? (
                <form action={signOut}>
                  <button
                    type="submit"
                    className="border-brand-100/60 rounded border px-2 py-0.5 text-white hover:bg-white/10"
                  >
                    Sign out
                  </button>
                </form>
              ) : null}
            </div>
          ) : (
            <SignInLink className="text-sm font-medium text-white no-underline hover:underline" />
          )}
        </div>
      </div>
    </header>
  );
}
