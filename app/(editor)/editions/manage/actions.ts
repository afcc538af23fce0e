'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { createEdition } from '@/lib/server/commands/editions/create-edition';
import { publishEdition } from '@/lib/server/commands/editions/publish-edition';
import { refreshEdition } from '@/lib/server/commands/editions/refresh-edition';
import { getCurrentActor } from '@/lib/server/current-actor';
import { formError, formText, type FormResult } from '@/lib/server/form-result';

// The Server Actions of /editions/manage: read the form, run the edition command (which validates,
// authorizes and audits), say what happened.

/** A number when the field holds digits, else the text (so that the schema names the error). */
const numberField = (form: FormData, name: string) => {
  const text = formText(form, name).trim();
  return /^\d+$/.test(text) ? Number(text) : text === '' ? undefined : text;
};

/** The Supplement number when one was typed (the field is optional). */
function supplementField(form: FormData): { supplementNumber?: unknown } {
  const value = numberField(form, 'supplementNumber');
  return value === undefined ? {} : { supplementNumber: value };
}

/** A scope list: every box checked means "everything" (also what is added to the roadmap later). */
function scopeList(form: FormData, name: string): string[] {
  const checked = form.getAll(name).filter((v): v is string => typeof v === 'string');
  const offered = Number(formText(form, `${name}Count`));
  return checked.length === offered ? [] : checked;
}

function done() {
  revalidatePath('/editions');
  revalidatePath('/editions/manage');
}

export async function createEditionAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  const corrigendum = formText(form, 'corrigendum') === '1';
  const scope = {
    generations: scopeList(form, 'generation'),
    bodies: scopeList(form, 'body'),
    topics: scopeList(form, 'topic'),
  };
  for (const [name, list] of [
    ['generation', form.getAll('generation')],
    ['body', form.getAll('body')],
    ['topic', form.getAll('topic')],
  ] as const) {
    if (!corrigendum && list.length === 0)
      return {
        error: `Choose at least one ${name} (all of them for everything).`,
        fieldErrors: { [name]: 'choose at least one' },
      };
  }
  const comment = formText(form, 'comment').trim();
  let created: { year: number; revision: number; itemCount: number };
  try {
    created = await createEdition({
      actor: await getCurrentActor(),
      input: {
        year: numberField(form, 'year'),
        ...supplementField(form),
        // A corrigendum keeps the scope of the edition it corrects.
        ...(corrigendum ? { corrigendum: true } : { scope }),
        ...(comment ? { comment } : {}),
      },
    });
  } catch (error) {
    return formError(error);
  }
  done();
  // The corrigendum's form goes away with the published edition: say it on the page instead.
  if (corrigendum) redirect(`/editions/manage?created=${created.year}`);
  return {
    done: true,
    message: `Created the draft of the ${editionLabel(created.year, created.revision)} with ${created.itemCount} work items. Preview it, then publish it.`,
  };
}

export async function refreshEditionAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  try {
    const refreshed = await refreshEdition({
      actor: await getCurrentActor(),
      year: numberField(form, 'year'),
      input: { version: numberField(form, 'version'), ...supplementField(form) },
    });
    done();
    return {
      done: true,
      message: refreshed.changed
        ? `Refreshed: the draft now has ${refreshed.itemCount} work items.`
        : 'Refreshed: nothing changed in the roadmap since the last snapshot.',
    };
  } catch (error) {
    return formError(error);
  }
}

export async function publishEditionAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  if (formText(form, 'confirm') !== 'yes')
    return {
      error: 'Tick the box to confirm: a published edition can never be changed.',
      fieldErrors: { confirm: 'confirm to publish' },
    };
  const comment = formText(form, 'comment').trim();
  let year: number;
  try {
    ({ year } = await publishEdition({
      actor: await getCurrentActor(),
      year: numberField(form, 'year'),
      input: { version: numberField(form, 'version'), ...(comment ? { comment } : {}) },
    }));
  } catch (error) {
    return formError(error);
  }
  done();
  revalidatePath(`/editions/${year}`);
  // The draft's forms go away with the draft: the page says what happened.
  redirect(`/editions/manage?published=${year}`);
}
