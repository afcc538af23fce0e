// The four documents of an edition. `draft`: the draft's documents (for coordinators); `revision`:
// a published text that a corrigendum superseded.

const FORMATS = [
  { ext: 'docx', label: 'Word (DOCX)' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'xlsx', label: 'Spreadsheet (XLSX)' },
  { ext: 'json', label: 'Data (JSON)' },
] as const;

export function DownloadLinks({
  year,
  draft = false,
  revision,
  label,
}: {
  year: number;
  draft?: boolean;
  revision?: number;
  /** Names the edition for assistive technology ("2026 edition"). */
  label: string;
}) {
  const query = draft ? '?draft=1' : revision !== undefined ? `?revision=${revision}` : '';
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-label={`Download the ${label}`}>
      {FORMATS.map((f) => (
        <li key={f.ext}>
          <a
            href={`/editions/${year}/supplement.${f.ext}${query}`}
            className="hover:border-brand-600 hover:bg-brand-50 inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-slate-800 no-underline"
            download
          >
            {f.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
