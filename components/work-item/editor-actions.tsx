import Link from 'next/link';
import type { FormServerAction } from '@/components/ui/form/use-form-action';
import type { FormValues } from '@/lib/domain/action-state';
import { secondaryButton } from '@/components/ui/form/buttons';
import { VerifyButton } from '@/components/work-item-form/verify-button';

/** Editing controls of an item, for those who may edit it (the page decides; the commands check). */
export function EditorActions({
  identifier,
  version,
  verifyAction,
}: {
  identifier: string;
  version: number;
  verifyAction: FormServerAction<FormValues, undefined>;
}) {
  const href = `/items/${encodeURIComponent(identifier)}`;
  return (
    <div
      role="group"
      aria-label="Editing"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2"
    >
      <Link href={`${href}/edit`} className={secondaryButton}>
        Edit
      </Link>
      <Link href={`${href}/status`} className={secondaryButton}>
        Change status
      </Link>
      <VerifyButton action={verifyAction} identifier={identifier} version={version} />
    </div>
  );
}
