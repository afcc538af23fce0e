/** The optional Supplement number TSB assigns (84 for "Supplement 84"). */
export function SupplementNumberField({ id, defaultValue }: { id: string; defaultValue?: number | null }) {
  return (
    <div className="max-w-xs space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Supplement number (optional)
      </label>
      <input
        id={id}
        name="supplementNumber"
        type="number"
        inputMode="numeric"
        min={1}
        max={9999}
        defaultValue={defaultValue ?? undefined}
        aria-describedby={`${id}-hint`}
        className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        The number TSB assigned; until then the document says “Supplement XX”.
      </p>
    </div>
  );
}
