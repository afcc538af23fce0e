import type { ReactNode } from 'react';

export function FormPageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <header className="space-y-2">
      <p className="text-sm">
        <a href="/liaisons">Liaison statements</a>
      </p>
      <h1 className="text-2xl font-semibold break-words text-slate-900">{title}</h1>
      {children}
    </header>
  );
}
