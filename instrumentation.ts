// Runs once when a server process starts (Next.js instrumentation hook), before it answers.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Client-sent X-Forwarded-* headers are replaced unless a trusted proxy sent them.
  const { guardClientAddresses } = await import('./lib/server/client-address');
  guardClientAddresses();
}
