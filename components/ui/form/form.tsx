'use client';
import type { FormHTMLAttributes, ReactNode } from 'react';
import type { FormValues } from '@/lib/domain/action-state';
import { FormContext } from './form-context';
import { FormMessage } from './form-message';
import type { useFormAction } from './use-form-action';

type Kit = Pick<ReturnType<typeof useFormAction>, 'errors' | 'formProps' | 'messageProps'> & {
  state: { values?: unknown };
};

/**
 * A <form> run by useFormAction: its fields find their message and their typed value by name, and
 * the form's message comes first (`message={false}` to place <FormMessage> elsewhere).
 */
export function Form({
  kit,
  values,
  message = true,
  children,
  ...form
}: {
  kit: Kit;
  /** The values the fields start with (the values typed replace them after a refused save). */
  values?: Partial<FormValues>;
  message?: boolean;
  children: ReactNode;
} & Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit' | 'onChange' | 'children'>) {
  const typed = isFlat(kit.state.values) ? kit.state.values : undefined;
  return (
    <FormContext.Provider value={{ errors: kit.errors, values: typed ?? values }}>
      <form {...kit.formProps} {...form}>
        {message ? <FormMessage {...kit.messageProps} /> : null}
        {children}
      </form>
    </FormContext.Provider>
  );
}

function isFlat(values: unknown): values is FormValues {
  return (
    typeof values === 'object' && values !== null && Object.values(values).every((v) => typeof v === 'string')
  );
}
