// GET, POST /api/auth/*: better-auth (sign-in, sign-out, session, password reset, SSO callback).
import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/server/auth';

export const { GET, POST } = toNextJsHandler((request: Request) => auth().handler(request));
