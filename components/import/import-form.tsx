'use client';

import { useState } from 'react';
import { inputClass } from '@/components/account/form-parts';
import type { GroupOption } from '@/components/work-item-form/work-item-form';
import { ImportPreviewView } from './import-preview';
import type { ImportAnswer, ImportConflict, ImportPreview } from './import-types';

// The browser sends the file itself to POST /api/import (the session cookie signs it), first with
// dryRun=1 for the preview, then again to apply: Server Actions limit bodies to 1 MB, a roadmap
// workbook can be 20 MB, and the API already answers in the shape the preview shows. The apply
// sends the preview's token: it then writes exactly what the preview showed, or nothing (409).

async function send(file: File, group: string, previewToken: string | null): Promise<ImportAnswer> {
  const query = new URLSearchParams({ group, ...(previewToken ? { previewToken } : { dryRun: '1' }) });
  try {
    const response = await fetch(`/api/import?${query.toString()}`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
    const body = (await response.json()) as Partial<ImportPreview> & {
      error?: { message: string };
      conflicts?: ImportConflict[];
    };
    if (response.status === 409)
      return {
        error: body.error?.message ?? 'The roadmap changed since the preview',
        conflicts: body.conflicts,
      };
    if (response.ok || (response.status === 422 && Array.isArray(body.errors)))
      // A 422 answers the preview of why nothing was saved: shown as a preview, without Apply.
      return response.ok
        ? { preview: body as ImportPreview }
        : { preview: { ...(body as ImportPreview), dryRun: true }, error: body.error?.message };
    return { error: body.error?.message ?? `The server answered ${response.status}` };
  } catch {
    return { error: 'The file could not be sent: check your connection and try again' };
  }
}

export function ImportForm({ groups, initialGroup }: { groups: GroupOption[]; initialGroup: string }) {
  const [group, setGroup] = useState(initialGroup);
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);

  const preview = answer?.preview;
  const run = async (previewToken: string | null) => {
    if (!file) return;
    setBusy(previewToken ? 'apply' : 'preview');
    setAnswer(await send(file, group, previewToken));
    setBusy(null);
  };
  const canApply =
    !!preview?.dryRun &&
    !!preview.previewToken &&
    preview.errors.length === 0 &&
    preview.create.length + preview.update.length > 0;

  return (
    <div className="space-y-5">
      <form
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(event) => {
          event.preventDefault();
          void run(null);
        }}
      >
        <div className="space-y-1">
          <label htmlFor="import-group" className="block text-sm font-medium text-slate-800">
            Group to import into
          </label>
          <select
            id="import-group"
            className={inputClass}
            value={group}
            onChange={(e) => {
              setGroup(e.target.value);
              setAnswer(null);
            }}
          >
            {groups.map((g) => (
              <option key={g.path} value={g.path}>
                {g.label}
              </option>
            ))}
          </select>
          <p className="text-xs text-slate-600">Every line must belong to this group or a group below it.</p>
        </div>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            Spreadsheet (CSV or XLSX, at most 20 MB)
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setAnswer(null);
            }}
          />
        </div>
        <button
          type="submit"
          disabled={!file || busy !== null}
          className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {busy === 'preview' ? 'Reading the file…' : 'Preview'}
        </button>
      </form>
      {answer?.error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {answer.error}
        </p>
      ) : null}
      {answer?.conflicts?.length ? <ConflictList conflicts={answer.conflicts} /> : null}
      {preview ? <ImportPreviewView preview={preview} /> : null}
      {canApply ? (
        <button
          type="button"
          onClick={() => void run(preview.previewToken ?? null)}
          disabled={busy !== null}
          className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {busy === 'apply'
            ? 'Importing…'
            : `Apply: save ${preview.create.length + preview.update.length} items`}
        </button>
      ) : null}
      {preview && !preview.dryRun ? (
        <p className="text-sm">
          <a href={`/?group=${encodeURIComponent(group)}`}>See the group on the roadmap</a>
        </p>
      ) : null}
    </div>
  );
}

function ConflictList({ conflicts }: { conflicts: ImportConflict[] }) {
  return (
    <div className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>Changed in the roadmap since the preview:</p>
      <ul className="mt-1 list-disc pl-5">
        {conflicts.slice(0, 50).map((c) => (
          <li key={c.line}>
            Line {c.line}: {c.identifier}
          </li>
        ))}
      </ul>
      {conflicts.length > 50 ? <p>…and {conflicts.length - 50} more lines.</p> : null}
    </div>
  );
}
