'use client';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { initialFormState, type FormState } from './form-state';

/**
 * useActionState plus validation in the browser before the Server Action runs. `validate` returns
 * the field errors of the form's data (empty: send). Without JavaScript the form posts straight to
 * the Server Action, which validates with the same schema.
 */
export function useValidatedAction(
  action: (state: FormState, data: FormData) => Promise<FormState>,
  validate: (data: FormData) => Record<string, string>,
) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused attempt, move focus to the first field in error (or to the message).
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? messageRef.current)?.focus();
  }, [attempt, state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const errors = validate(data);
    setAttempt((n) => n + 1);
    if (Object.keys(errors).length > 0) {
      setClientErrors(errors);
      return;
    }
    setClientErrors(null);
    // Dispatching ourselves (not through the form's action) keeps the user's input in the form.
    startTransition(() => formAction(data));
  }

  const fieldErrors = clientErrors ?? state.fieldErrors;
  const message = clientErrors
    ? `Nothing was saved: ${Object.keys(clientErrors).length === 1 ? 'one field needs' : `${Object.keys(clientErrors).length} fields need`} attention.`
    : state.message;
  return {
    state,
    pending,
    fieldErrors,
    /** Spread on the <form>. */
    formProps: { ref: formRef, action: formAction, onSubmit, noValidate: true },
    /** Spread on the form's FormMessage. */
    messageProps: { message, conflict: state.conflict && !pending, focusRef: messageRef },
  };
}
