// The form that creates an API token on /account: its expiry is a choice of days, or "never" ('').
import { formValues, type FormValues } from './action-state';

/** What the account page shows once, after a token was made. */
export interface CreatedToken {
  token: string;
  name: string;
}

export function tokenFormInput(data: FormData): { input: Record<string, unknown>; values: FormValues } {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const days = text('expiresInDays');
  return {
    input: { name: text('name'), ...(days ? { expiresInDays: Number(days) } : {}) },
    values: formValues(data),
  };
}
