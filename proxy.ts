// Next.js proxy (formerly middleware): refuses request paths that cannot be decoded (a malformed
// escape such as "%E0%A4%A") or that decode to control characters, with a 400 instead of the
// framework's 500. Everything else passes untouched.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest): NextResponse {
  let decoded: string;
  try {
    decoded = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return badPath();
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return badPath();
  return NextResponse.next();
}

function badPath(): NextResponse {
  return NextResponse.json(
    {
      error: {
        code: 'INVALID_INPUT',
        message: 'The address contains an invalid character or escape',
        field: 'path',
      },
    },
    { status: 400 },
  );
}

// Only the routes that take a path segment from the user.
export const config = {
  matcher: [
    '/items/:path*',
    '/groups/:path*',
    '/liaisons/:path*',
    '/api/items/:path*',
    '/api/liaisons/:path*',
  ],
};
