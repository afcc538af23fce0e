import { EmptyState } from '@/components/ui/empty-state';
import { UtcDate } from '@/components/ui/utc-date';

export interface ApiTokenRow {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

function state(token: ApiTokenRow, now: Date): string {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  return 'active';
}

/** One's API tokens, with a revoke button for each active one. */
export function ApiTokenList({
  tokens,
  revoke,
}: {
  tokens: readonly ApiTokenRow[];
  revoke: (form: FormData) => Promise<void>;
}) {
  if (tokens.length === 0)
    return <EmptyState title="No API tokens yet">Create one below for scripts that use the API.</EmptyState>;
  const now = new Date();
  return (
    <ul aria-label="API tokens" className="divide-y divide-slate-200">
      {tokens.map((token) => {
        const status = state(token, now);
        return (
          <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">
                {token.name} <code className="font-mono text-xs text-slate-600">{token.prefix}…</code>
                {status !== 'active' ? (
                  <span className="badge ml-2 bg-slate-100 text-slate-700 ring-slate-300">{status}</span>
                ) : null}
              </p>
              <p className="text-xs text-slate-600">
                Created <UtcDate date={token.createdAt.toISOString().slice(0, 10)} />
                {' · '}
                {token.lastUsedAt ? (
                  <>
                    last used <UtcDate date={token.lastUsedAt.toISOString().slice(0, 10)} />
                  </>
                ) : (
                  'never used'
                )}
                {token.expiresAt && status === 'active' ? (
                  <>
                    {' · '}expires <UtcDate date={token.expiresAt.toISOString().slice(0, 10)} />
                  </>
                ) : null}
              </p>
            </div>
            {status === 'active' ? (
              <form action={revoke}>
                <input type="hidden" name="tokenId" value={token.id} />
                <button
                  type="submit"
                  aria-label={`Revoke ${token.name}`}
                  className="rounded border border-red-300 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50"
                >
                  Revoke
                </button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
