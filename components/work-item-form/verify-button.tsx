'use client';
import { Form } from '@/components/ui/form/form';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import type { FormValues } from '@/lib/domain/action-state';

/** "Mark as verified": one click confirms the entry is current as shown (the version seen). */
export function VerifyButton({
  action,
  identifier,
  version,
  compact = false,
}: {
  action: FormServerAction<FormValues, undefined>;
  identifier: string;
  version: number;
  compact?: boolean;
}) {
  const kit = useFormAction(action);
  const { state, pending } = kit;
  return (
    <Form kit={kit} message={false} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="identifier" value={identifier} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex items-center rounded border border-emerald-700 bg-white text-sm font-medium whitespace-nowrap text-emerald-900 hover:bg-emerald-50 disabled:opacity-60 ${compact ? 'px-2 py-1' : 'px-3 py-1.5'}`}
      >
        <span aria-hidden="true" className="mr-1">
          ✓
        </span>
        {pending ? 'Saving…' : 'Mark as verified'}
        {compact ? <span className="sr-only"> {identifier}</span> : null}
      </button>
      <span role="status" className="text-sm">
        {state.message ? (
          <span className={state.done ? 'text-emerald-900' : 'text-rose-800'}>{state.message}</span>
        ) : null}
      </span>
    </Form>
  );
}
