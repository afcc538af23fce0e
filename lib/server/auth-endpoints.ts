import 'server-only';
import type { BetterAuthPlugin } from 'better-auth';

// Which of better-auth's endpoints answer over HTTP (issue 10 item 4). The library brings
// self-service endpoints the app does not use (update-user, change-email, delete-user,
// list-sessions, link-social, ...): through them a person could rename themselves or change
// what the app decides. Only those below answer; every other path under /api/auth, today's and
// any a later version adds, is a 404. The app's own pages call the rest as auth.api.* from
// Server Actions, which are not HTTP requests and go through the app's commands and checks.

/** Method and path (a `:name` segment stands for any value) of every endpoint reachable over HTTP. */
export const HTTP_ENDPOINTS = [
  // The sign-in form forwards to it (to be rate limited); scripts may call it too.
  'POST /sign-in/email',
  // "Forgotten password" over HTTP: limited per account and per address, same answer for all.
  'POST /request-password-reset',
  // The link in an invitation or reset mail: redirects to the page that sets the password.
  'GET /reset-password/:token',
  // Single sign-on: the identity provider sends the browser back here (query or form_post).
  'GET /callback/:id',
  'POST /callback/:id',
  // Where better-auth sends a browser when an SSO exchange fails before our error page.
  'GET /error',
] as const;

const allowed = HTTP_ENDPOINTS.map((entry) => {
  const [method, path = ''] = entry.split(' ');
  const pattern = path.replace(/:[a-z]+/gi, '[^/]+');
  return { method, path: new RegExp(`^${pattern}/?$`) };
});

export function isHttpEndpoint(method: string, path: string): boolean {
  return allowed.some((a) => a.method === method && a.path.test(path));
}

export function onlyUsedEndpoints(): BetterAuthPlugin {
  return {
    id: 'imt-only-used-endpoints',
    onRequest: (request, ctx) => {
      const basePath = new URL(ctx.baseURL).pathname;
      const { pathname } = new URL(request.url);
      const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
      if (isHttpEndpoint(request.method, path)) return Promise.resolve();
      return Promise.resolve({
        response: Response.json(
          {
            error: {
              code: 'NOT_FOUND',
              message: `${request.method} /api/auth${path} is not an endpoint of this app`,
            },
          },
          { status: 404 },
        ),
      });
    },
  };
}
