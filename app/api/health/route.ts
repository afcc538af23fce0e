// GET /api/health: 200 when the database answers, 503 otherwise (for load balancers).
import { NextResponse } from 'next/server';
import { checkDatabase } from '@/lib/server/queries/check-database';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<NextResponse> {
  const database = await checkDatabase();
  return NextResponse.json(
    { status: database.ok ? 'ok' : 'unavailable', database: database.ok ? 'reachable' : 'unreachable' },
    { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
