// Where to go after signing in: only a path on this site ("/account", "/items/Y.3101?x=1"), never
// another origin ("//evil.example", "https://...", "/\\evil"), so the sign-in page is no open redirect.
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return fallback;
  if (/[\u0000-\u001f\u007f]/.test(next) || next.length > 2000) return fallback;
  return next;
}
