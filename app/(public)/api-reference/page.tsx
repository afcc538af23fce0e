import type { Metadata } from 'next';
import Link from 'next/link';
import { Operation } from '@/components/api-reference/operation';
import { Section } from '@/components/ui/section';
import { operationAnchor, outlineOperations } from '@/lib/domain/openapi-outline';
import { openApiDocument } from '@/lib/server/openapi';

// Rendered once at build time from the same OpenAPI document as /api/openapi.json.
export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: 'API reference',
  description:
    'Read and write the IMT roadmap from scripts: work items, status changes, liaison statements and spreadsheet import.',
};

const EXAMPLE = `curl -X PATCH https://roadmap.example.org/api/items/Y.3101 \\
  -H "Authorization: Bearer $IMT_ROADMAP_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"version": 4, "targetDate": "2027-03-01", "comment": "Agreed at the July meeting"}'`;

export default function ApiReferencePage() {
  const operations = outlineOperations(openApiDocument() as unknown as Record<string, unknown>);
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">API reference</h1>
        <p className="max-w-3xl text-slate-700">
          Everything the pages show can be read as JSON without an account. Writing needs a personal API
          token: create one on your{' '}
          <Link href="/account" className="underline">
            account page
          </Link>
          ; it acts with your roles. The machine-readable description is{' '}
          <a href="/api/openapi.json" className="underline">
            /api/openapi.json
          </a>{' '}
          (OpenAPI 3.1).
        </p>
      </header>
      <Section id="rules" title="Rules every write follows">
        <ul className="max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-800">
          <li>
            Bodies are JSON (<code>Content-Type: application/json</code>); unknown fields are refused, so a
            typo is an error.
          </li>
          <li>
            A change to an existing item or liaison carries the <code>version</code> it was based on (every
            answer includes it). If someone changed it meanwhile, the answer is <strong>409</strong> and says
            what changed; nothing is written.
          </li>
          <li>
            Errors answer <code>{'{ "error": { "code", "message", "field" } }'}</code>: 400 bad input, 401 no
            valid token, 403 not your group, 404 unknown, 409 stale or taken, 413 too large, 422 unknown
            reference or a status the lifecycle does not allow.
          </li>
          <li>
            Every write is recorded in the audit trail with its author; an optional <code>comment</code> says
            why.
          </li>
        </ul>
        <pre className="mt-3 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{EXAMPLE}</pre>
      </Section>
      <nav aria-label="Operations" className="rounded-lg border border-slate-200 bg-white p-4">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {operations.map((op) => (
            <li key={`${op.method} ${op.path}`}>
              <a href={`#${operationAnchor(op)}`} className="underline">
                <span className="font-mono text-xs">{op.method}</span> {op.path}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-4">
        {operations.map((op) => (
          <Operation key={`${op.method} ${op.path}`} op={op} />
        ))}
      </div>
    </div>
  );
}
