// Demo accounts, one per kind of person, all with the password DEMO_PASSWORD (README "Accounts").
// Written by prisma/seed/accounts.ts; the browser tests sign in with them (e2e/helpers/sign-in.ts).
import type { GroupRoleKind } from '../../../lib/generated/prisma/enums.ts';

export const DEMO_PASSWORD = 'roadmap-demo-2026';

/** The kinds of person the demo accounts stand for. */
export type DemoPersona = 'admin' | 'coordinator' | 'rapporteur' | 'reader';

export interface DemoAccount {
  persona: DemoPersona;
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  role?: { group: string; role: GroupRoleKind };
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { persona: 'admin', id: 'demo-admin', email: 'admin@example.org', name: 'Demo Admin', isAdmin: true },
  {
    persona: 'coordinator',
    id: 'demo-coordinator',
    email: 'coordinator@example.org',
    name: 'Demo Coordinator (SG13)',
    isAdmin: false,
    role: { group: 'itu-t/sg13', role: 'COORDINATOR' },
  },
  {
    // Q20/13 holds most of SG13's IMT-2030 items in the demo data.
    persona: 'rapporteur',
    id: 'demo-rapporteur',
    email: 'rapporteur@example.org',
    name: 'Demo Rapporteur (Q20/13)',
    isAdmin: false,
    role: { group: 'itu-t/sg13/wp1-13/q20-13', role: 'RAPPORTEUR' },
  },
  { persona: 'reader', id: 'demo-reader', email: 'reader@example.org', name: 'Demo Reader', isAdmin: false },
];
