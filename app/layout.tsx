import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getCurrentActor } from '@/lib/server/current-actor';
import { signOut } from './(auth)/actions';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'IMT Roadmap', template: '%s · IMT Roadmap' },
  description:
    'The roadmap of standardization of the non-radio aspects of IMT-2020 and IMT-2030 across ITU-T study groups and other standards bodies (WTSA Resolution 92).',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#084c89' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Without a session cookie this costs no query (readers are never looked up).
  const actor = await getCurrentActor();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader account={actor ? { name: actor.name, isAdmin: actor.isAdmin } : null} signOut={signOut} />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
