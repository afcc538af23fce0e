// The rows of a person: the user (e-mail already verified: accounts are made by an admin, the
// seed or a test, never by sign-up) and the password account better-auth signs in against.
// Shared by the demo accounts (accounts.ts) and the tests' actors (lib/tooling/actors.ts).

export function userRow(user: { id: string; email: string; name: string; isAdmin: boolean }) {
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, emailVerified: true };
}

/** Sign-in looks for providerId "credential" with accountId equal to the user's id. */
export function credentialAccountRow(userId: string, passwordHash: string) {
  return {
    id: `${userId}-credential`,
    userId,
    accountId: userId,
    providerId: 'credential',
    password: passwordHash,
  };
}
