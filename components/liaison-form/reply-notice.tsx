const REASONS: Record<string, string> = {
  changed: 'it was changed by someone else after you opened the reply form',
  forbidden: 'you may not edit it',
  missing: 'it no longer exists',
};

/** After recording a reply whose original could not be set to "Replied": says why, and what to do. */
export function ReplyNotice({
  reply,
  original,
  reason,
}: {
  reply: string;
  original: string;
  reason: string;
}) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-semibold">
        Reply <span className="font-mono">{reply}</span> recorded.
      </p>
      <p className="mt-1">
        <span className="font-mono">{original}</span> was not set to “Replied” because{' '}
        {REASONS[reason] ?? 'of an error on our side'}. Check its current values below and set its state if it
        is still right.
      </p>
    </div>
  );
}
