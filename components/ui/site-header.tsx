import Link from 'next/link';

const NAV = [
  { href: '/', label: 'Roadmap' },
  { href: '/groups', label: 'Groups' },
  { href: '/liaisons', label: 'Liaisons' },
  { href: '/about', label: 'About' },
];

export function SiteHeader() {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:no-underline">
          IMT Roadmap
          <span className="text-brand-100 ml-2 hidden text-sm font-normal sm:inline">
            non-radio standardization of IMT-2020 and IMT-2030
          </span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white no-underline hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
