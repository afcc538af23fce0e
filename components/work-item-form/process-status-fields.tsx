'use client';
import { useState, useSyncExternalStore } from 'react';
import { LIFECYCLES, PROCESS_LABELS, PROCESSES, type ApprovalProcess } from '@/lib/domain/lifecycle';
import { Field, inputClass } from '@/components/ui/form/field';

const subscribe = () => () => {};

/**
 * A new item's approval process and first status. Without JavaScript the status list shows every
 * process's statuses in groups (the server refuses a mismatch); with it, only the chosen process's.
 */
export function ProcessStatusFields({
  process: initialProcess,
  status,
  errors,
}: {
  process: string;
  status: string;
  errors: Record<string, string>;
}) {
  const [process, setProcess] = useState<ApprovalProcess>(
    (PROCESSES as readonly string[]).includes(initialProcess) ? (initialProcess as ApprovalProcess) : 'AAP',
  );
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const shown = hydrated ? [process] : PROCESSES;
  const initialStatus = status && LIFECYCLES[process].some((s) => s.code === status) ? status : undefined;
  return (
    <>
      <Field name="process" label="Approval process" required error={errors.process}>
        {(p) => (
          <select
            {...p}
            value={process}
            onChange={(e) => setProcess(e.target.value as ApprovalProcess)}
            className={inputClass}
          >
            {PROCESSES.map((code) => (
              <option key={code} value={code}>
                {PROCESS_LABELS[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="status"
        label="Current status"
        required
        hint="Later changes go through “Change status”, which follows the process’s lifecycle."
        error={errors.status}
      >
        {(p) => (
          <select
            {...p}
            key={hydrated ? process : 'all'}
            defaultValue={initialStatus ?? LIFECYCLES[process][0]?.code}
            className={inputClass}
          >
            {shown.map((code) => (
              <optgroup key={code} label={PROCESS_LABELS[code]}>
                {LIFECYCLES[code].map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
