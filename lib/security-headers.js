// @ts-check
// Security headers sent with every response (next.config.js). Plain JavaScript because
// next.config.js imports it before TypeScript is set up.

/**
 * Content-Security-Policy: same-origin everything. Next.js inlines small hydration scripts,
 * so scripts need 'unsafe-inline' (a nonce would make every page dynamic, /about included:
 * docs/decisions/004-security-headers.md); the development server also needs 'unsafe-eval'.
 * @param {boolean} development
 */
export function contentSecurityPolicy(development) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** @param {boolean} development */
export function securityHeaders(development) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
