'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import type { MouseEvent } from 'react';

/** "Sign in", leading back to this page afterwards (its query string too, read when clicked). */
export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const withNext = (here: string) =>
    here.startsWith('/sign-in') ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    router.push(withNext(window.location.pathname + window.location.search));
  }
  return (
    <Link href={withNext(pathname)} onClick={onClick} className={className}>
      Sign in
    </Link>
  );
}
