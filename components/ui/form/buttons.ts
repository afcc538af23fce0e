// Button looks shared by every form.
export const primaryButton =
  'bg-brand-700 hover:bg-brand-800 inline-flex items-center rounded px-4 py-2 text-sm font-medium text-white no-underline hover:no-underline disabled:opacity-60';
export const secondaryButton =
  'inline-flex items-center rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-900 no-underline hover:bg-slate-100 hover:no-underline';
export const dangerButton =
  'inline-flex items-center rounded border border-rose-700 bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 disabled:opacity-60';
