import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import {
  formFields,
  formValues,
  type ActionConflict,
  type ActionState,
  type FormValues,
} from '@/lib/domain/action-state';
import { AppError } from '@/lib/domain/errors';
import { zodFieldMessages } from '@/lib/domain/field-errors';
import { formatMessage, msg } from '@/lib/domain/messages/message';
import { getCurrentActor } from './current-actor';
import { fieldMessages } from './form-errors';
import type { Actor } from './permissions';

// The one wrapper of every Server Action behind a form (as dub's safe-action): it resolves the
// actor, reads the form, parses it with the input's zod schema, runs the write, and turns whatever
// refused it into the form's ActionState in one place: messages under their fields, the typed values
// kept, a 409 as a conflict. Next.js's redirect() and notFound() pass through.

/** What `read` makes of the posted form. */
export interface ReadForm<V> {
  /** The object the schema (and then the command, which parses it again) receives. */
  input: unknown;
  /** What the form is filled with again after a refusal. */
  values: V;
  /** Error paths as the form names its controls ("groupRoles.1.group" -> "rapporteurOf"). */
  mapErrors?: (errors: Record<string, string>) => Record<string, string>;
}

export interface FormActionContext<I, V> {
  actor: Actor | null;
  /** The input as read and accepted by the schema (not its output: commands parse it themselves). */
  input: I;
  values: V;
  data: FormData;
}

type Outcome<V, D> = Omit<ActionState<V, D>, 'fieldErrors'> | void;

export interface FormActionOptions<S extends z.ZodType, V, D> {
  schema: S;
  /** Default: the posted text fields as they are (passwords left out of the values). */
  read?: (data: FormData) => ReadForm<V>;
  /** Default true: without a session the form says to sign in again and nothing runs. */
  signedIn?: boolean;
  /** The write: what the form shows next, or a redirect. */
  run: (context: FormActionContext<z.input<S>, V>) => Promise<Outcome<V, D>>;
  /** What a stale write (409 on `version`) shows beside its message: the fields that differ. */
  conflict?: (context: FormActionContext<z.input<S>, V>) => Promise<ActionConflict>;
}

/** A Server Action for useActionState: `(previous, data) => ActionState`. */
export function formAction<S extends z.ZodType, V = FormValues, D = undefined>(
  options: FormActionOptions<S, V, D>,
): (previous: ActionState<V, D>, data: FormData) => Promise<ActionState<V, D>> {
  const read: (data: FormData) => ReadForm<V> =
    options.read ?? ((data) => ({ input: formFields(data), values: formValues(data) as V }));
  return async (_previous, data) => {
    const { input, values, mapErrors = (e: Record<string, string>) => e } = read(data);
    let context: FormActionContext<z.input<S>, V> | undefined;
    try {
      const actor = await getCurrentActor('FORM');
      if (options.signedIn !== false && !actor)
        throw new AppError('UNAUTHENTICATED', msg('form.sessionEnded'));
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        const fields = zodFieldMessages(parsed.error);
        throw new AppError('INVALID_INPUT', msg('form.checkFields'), undefined, fields);
      }
      context = { actor, input: input as z.input<S>, values, data };
      return { fieldErrors: {}, ...(await options.run(context)) };
    } catch (error) {
      unstable_rethrow(error);
      return failure(error, values, mapErrors, context && options.conflict?.bind(null, context));
    }
  };
}

async function failure<V, D>(
  error: unknown,
  values: V,
  mapErrors: (errors: Record<string, string>) => Record<string, string>,
  conflict: (() => Promise<ActionConflict>) | undefined,
): Promise<ActionState<V, D>> {
  if (!(error instanceof AppError)) {
    console.error('A Server Action failed', error);
    return { fieldErrors: {}, values, message: formatMessage(msg('form.nothingSaved')) };
  }
  if (error.code === 'CONFLICT' && error.field === 'version')
    return {
      fieldErrors: {},
      values,
      message: error.message,
      conflict: conflict ? await conflict() : { currentVersion: 0, fields: [] },
    };
  const fieldErrors = mapErrors(fieldMessages(error));
  const shown = Object.keys(fieldErrors).length > 0;
  return {
    fieldErrors,
    values,
    message: shown ? formatMessage(msg('form.checkFields')) : error.message,
  };
}
