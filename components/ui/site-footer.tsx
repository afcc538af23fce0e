import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-600">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-4 sm:px-6">
        <p>
          Maintained under WTSA Resolution 92 by ITU-T Study Group 13 and JCA-IMT2020.{' '}
          <Link href="/about">About the roadmap</Link>
        </p>
        <p>
          Data: <Link href="/api-reference">API</Link> · <Link href="/api/items.csv">CSV</Link> ·{' '}
          <Link href="/api/items.xlsx">XLSX</Link>
        </p>
      </div>
    </footer>
  );
}
