// Where to go after signing in: only a path on this site ("/account", "/items/Y.3101?x=1"), never
// another origin ("//evil.example", "https://...", "/\\evil"), so the sign-in page is no open redirect.
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return fallback;
  if (/[\u0000-\u001f\u007f]/.test(next) || next.length > 2000) return fallback;
  return next;
}

/** Signing in leads back to a page of the site that is not the sign-in page itself (else nowhere). */
export function returnPath(next: unknown): string | null {
  const path = safeNextPath(next, '');
  return path === '' || /^\/sign-in(?:[/?#]|$)/.test(path) ? null : path;
}

/**
 * Where a person lands after signing in: the page they came from (`next`), else "My work" for
 * people with a role (rapporteurs, coordinators, admins), else the roadmap.
 */
export function landingPath(
  next: unknown,
  person: { isAdmin: boolean; roles: readonly unknown[] } | null,
): string {
  return returnPath(next) ?? (person && (person.isAdmin || person.roles.length > 0) ? '/home' : '/');
}
