/** Shown on generated benchmark items so that nobody mistakes them for real work. */
export function SyntheticNotice() {
  return (
    <p
      role="note"
      className="rounded-md border border-amber-400 bg-amber-50 px-4 py-2 text-sm text-amber-950"
    >
      <strong className="font-semibold">Synthetic (benchmark data).</strong> This item was generated for
      performance testing: it does not describe real standardization work.
    </p>
  );
}
