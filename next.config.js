// @ts-check
import { securityHeaders } from './lib/security-headers.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() and forbidden.tsx: a refused page answers 403 (app/(editor)/editions/manage).
  experimental: { authInterrupts: true },
  typedRoutes: false,
  // Everything the app keeps lives in PostgreSQL: nothing is written to the instance's disk
  // beyond Next's own build cache (docs/decisions/001-stateless-app-embedded-postgres.md).
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV !== 'production') }];
  },
};

export default nextConfig;
