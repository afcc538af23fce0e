'use client';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { initialActionState, type ActionState } from '@/lib/domain/action-state';
import { formatMessage, msg } from '@/lib/domain/messages/message';

// The one hook of every form: useActionState, plus the form's own check with the input's schema
// before the Server Action runs (the same schema checks it again there). Without JavaScript the form
// posts straight to the Server Action, and the page comes back with its ActionState.

export type FormServerAction<V, D> = (state: ActionState<V, D>, data: FormData) => Promise<ActionState<V, D>>;

export interface FormActionOptions {
  /** The field errors of the form's data (empty: send it). */
  validate?: (data: FormData) => Record<string, string>;
  /** Empty the form after a write that stays on the page (default true). */
  resetOnDone?: boolean;
}

export function useFormAction<V, D>(action: FormServerAction<V, D>, options: FormActionOptions = {}) {
  const { validate, resetOnDone = true } = options;
  const [state, dispatch, pending] = useActionState(action, initialActionState as ActionState<V, D>);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  // After a refused attempt, focus goes to the first field in error (or to the form's message).
  useEffect(() => {
    if (attempt === 0 || pending) return;
    if (state.done && !clientErrors) {
      if (resetOnDone) formRef.current?.reset();
      return;
    }
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? messageRef.current)?.focus();
  }, [attempt, state, pending, clientErrors, resetOnDone]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Dispatching ourselves (not through the form's action, which resets the form) keeps the input.
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const errors = validate?.(data) ?? {};
    setAttempt((n) => n + 1);
    if (Object.keys(errors).length > 0) {
      setClientErrors(errors);
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(data));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    // After the form's own check refused, its messages follow the input as it is corrected.
    if (clientErrors && validate) setClientErrors(validate(new FormData(event.currentTarget)));
  }

  const errors = clientErrors ?? state.fieldErrors;
  return {
    state,
    pending,
    errors,
    /** Spread on the <form>. */
    formProps: { ref: formRef, action: dispatch, onSubmit, onChange, noValidate: true },
    /** Spread on the form's FormMessage. */
    messageProps: {
      message: clientErrors ? formatMessage(msg('form.checkFields')) : state.message,
      tone: clientErrors || !state.done ? ('error' as const) : ('done' as const),
      focusRef: messageRef,
    },
  };
}

export type FormKit = ReturnType<typeof useFormAction>;
