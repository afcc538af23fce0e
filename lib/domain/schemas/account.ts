// Inputs of the account commands (users, roles, API tokens), shared by the forms, the Server
// Actions and the command-line scripts.
import { z } from 'zod';
import { line } from './fields';

export const MIN_PASSWORD_LENGTH = 12;

export const email = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be an e-mail address' }).max(254, 'must be at most 254 characters'));

export const password = z
  .string({ error: 'is required' })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(128, 'must be at most 128 characters');

export const GROUP_ROLE_KINDS = ['COORDINATOR', 'RAPPORTEUR'] as const;

export const groupRoleInput = z.object({
  /** A group path (itu-t/sg13) or a code that names one group (SG13, Q6/13, JCA-IMT2020). */
  group: line({ max: 200 }),
  role: z.enum(GROUP_ROLE_KINDS, { error: 'must be COORDINATOR or RAPPORTEUR' }),
});

const roles = {
  isAdmin: z.boolean().default(false),
  groupRoles: z.array(groupRoleInput).max(50, 'at most 50 group roles').default([]),
};

export const createUserInput = z.strictObject({
  email,
  name: line({ max: 200 }),
  /** Without one, the command returns an invitation link with which the person sets it. */
  password: password.optional(),
  ...roles,
});
export type CreateUserInput = z.input<typeof createUserInput>;

export const setUserRolesInput = z.strictObject({
  userId: z.string().min(1, 'is required'),
  ...roles,
});
export type SetUserRolesInput = z.input<typeof setUserRolesInput>;

/** A person's display name, changed by an admin or by the person on /account (never by better-auth). */
export const renameUserInput = z.strictObject({
  userId: z.string().min(1, 'is required'),
  name: line({ max: 200 }),
});
export type RenameUserInput = z.input<typeof renameUserInput>;

export const createApiTokenInput = z.strictObject({
  name: line({ max: 100 }),
  /** Whose token (admins and scripts only); the actor's own when absent. */
  userEmail: email.optional(),
  /** Days until it stops working; never when absent. */
  expiresInDays: z.number().int('must be a whole number').min(1).max(3650).optional(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

export const revokeApiTokenInput = z.strictObject({
  tokenId: z.coerce.number({ error: 'must be a token id' }).int().positive(),
});

// The account forms that are not commands (better-auth does the write): their fields as posted.

export const signInForm = z.object({
  email: z.string().trim().min(1, 'is required'),
  password: z.string().min(1, 'is required'),
  next: z.string().optional(),
});

const repeated = { path: ['confirm'], message: 'must repeat the new password' };

export const changePasswordForm = z
  .object({ currentPassword: z.string().min(1, 'is required'), newPassword: password, confirm: z.string() })
  .refine((form) => form.confirm === form.newPassword, repeated);

/** Setting a password with the token of an invitation or reset link. */
export const resetPasswordForm = z
  .object({ token: z.string().min(1, 'is required'), password, confirm: z.string() })
  .refine((form) => form.confirm === form.password, repeated);
