'use client';

import { useEffect } from 'react';

/** Submits the filter form as soon as a checkbox changes (without JavaScript, a button does it). */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    document.documentElement.classList.add('js');
    const onChange = () => form.requestSubmit();
    form.addEventListener('change', onChange);
    return () => form.removeEventListener('change', onChange);
  }, [formId]);
  return null;
}
