'use client';
import { createContext, useContext } from 'react';
import type { FormValues } from '@/lib/domain/action-state';

// What the kit's fields find by their name: the message to show under them and the value typed
// before a refused save (so that the form is filled with it again, also without JavaScript).

export interface FormContextValue {
  errors: Record<string, string>;
  values?: Partial<FormValues>;
}

export const FormContext = createContext<FormContextValue>({ errors: {} });

export function useFormField(name: string) {
  const { errors, values } = useContext(FormContext);
  return { error: errors[name], value: values?.[name], filled: values !== undefined };
}
