import type { ReactNode } from 'react';

// Pieces of the tables that are a table from the sm breakpoint and, below it, cards whose cells
// carry their own labels (liaisons, a group's items, an item's liaisons).

export const cellHeader = 'px-3 py-2 text-left font-semibold whitespace-nowrap';
export const cell = 'px-3 py-2 max-sm:p-0';

/** A cell's label, shown only where the table is laid out as cards. */
export function PhoneLabel({ children }: { children: ReactNode }) {
  return <span className="block text-xs text-slate-600 sm:hidden">{children}</span>;
}

/** The header row, hidden where the rows are cards. */
export function ResponsiveTableHead({ headings }: { headings: string[] }) {
  return (
    <thead className="border-b border-slate-200 bg-slate-50 text-slate-700 max-sm:hidden">
      <tr>
        {headings.map((heading) => (
          <th key={heading} scope="col" className={cellHeader}>
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
