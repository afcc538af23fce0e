// The usual world of the database tests: ITU-T > SG13 > WP1/13 > Q6/13, SG15 and SG17, 3GPP > TSG SA
// > SA2, two topics, and a person for each role. Its bodies, groups and topics are the demo data's
// own (prisma/seed/data), written by the seed's writer; a test adds the items, groups, liaisons,
// people and tokens it needs through the world, which resolves its keys ('q6', 'slicing').
import { DEMO_DATA } from '../../prisma/seed/data/index.ts';
import type { DemoData } from '../../prisma/seed/types.ts';
import { writeReferenceData } from '../../prisma/seed/write-reference.ts';
import { makeActor, makeApiToken, type ActorOptions, type TestActor } from './actors.ts';
import {
  makeBody,
  makeGroup,
  makeLiaison,
  makeWorkItem,
  type LiaisonOptions,
  type WorkItemOptions,
} from './factories.ts';
import type { GroupKind } from '../generated/prisma/enums.ts';
import type { PrismaClient } from './prisma.ts';

const BODIES = { itu: 'itu-t', gpp: '3gpp' } as const;
const GROUPS = {
  sg13: 'itu-t/sg13',
  wp1: 'itu-t/sg13/wp1-13',
  q6: 'itu-t/sg13/wp1-13/q6-13',
  sg15: 'itu-t/sg15',
  sg17: 'itu-t/sg17',
  tsgSa: '3gpp/tsg-sa',
  sa2: '3gpp/tsg-sa/sa2',
} as const;
const TOPICS = { slicing: 'network-slicing', sync: 'synchronization' } as const;

export type BodyKey = keyof typeof BODIES;
export type GroupKey = keyof typeof GROUPS;
export type TopicKey = keyof typeof TOPICS;
export interface BodyRef {
  id: number;
  slug: string;
}
export interface GroupRef {
  id: number;
  path: string;
  code: string;
}
/** A group of the world by its key, or one the test added. */
type GroupIn = GroupKey | GroupRef;

/** The people of the world: one per role the permissions tell apart; `anonymous` is nobody. */
export interface ScenarioActors {
  admin: TestActor;
  /** Coordinator of SG13 (and so of WP1/13 and Q6/13). */
  coordinator: TestActor;
  /** Rapporteur of Q6/13. */
  rapporteur: TestActor;
  /** Rapporteur of SG15: the rapporteur of another group. */
  otherRapporteur: TestActor;
  /** Signed in, without a role. */
  reader: TestActor;
  anonymous: null;
}

export interface ScenarioItem extends Omit<WorkItemOptions, 'groupId' | 'topicIds'> {
  group: GroupIn;
  topics?: readonly TopicKey[];
}

export interface ScenarioLiaison extends Omit<LiaisonOptions, 'fromGroupId' | 'toGroupIds'> {
  from: GroupIn;
  to?: readonly GroupIn[];
}

function subset<T>(all: readonly T[], keyOf: (row: T) => string, wanted: readonly string[]): T[] {
  return wanted.map((key) => {
    const row = all.find((r) => keyOf(r) === key);
    if (!row) throw new Error(`the scenario needs ${key}, which the demo data no longer has`);
    return row;
  });
}

const REFERENCE: DemoData = {
  bodies: subset(DEMO_DATA.bodies, (b) => b.slug, Object.values(BODIES)),
  groups: subset(DEMO_DATA.groups, (g) => g.path, Object.values(GROUPS)),
  topics: subset(DEMO_DATA.topics, (t) => t.slug, Object.values(TOPICS)),
  workItems: [],
  relations: [],
  liaisons: [],
};

function bodyKeyOf(path: string): BodyKey {
  const slug = path.split('/')[0];
  const key = (Object.keys(BODIES) as BodyKey[]).find((k) => BODIES[k] === slug);
  if (!key) throw new Error(`${path} is not in a body of the world: name its body`);
  return key;
}

const idOf = (ids: Map<string, number>, key: string) => {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`the scenario did not write ${key}`);
  return id;
};
const mapKeys = <K extends string, V>(keys: Record<K, string>, value: (path: string, key: K) => V) =>
  Object.fromEntries(
    Object.entries<string>(keys).map(([key, path]) => [key, value(path, key as K)]),
  ) as Record<K, V>;

/** Writes the usual world (and `items`) into a test database; see DEVELOPERS.md "Writing a test". */
export async function buildScenario(prisma: PrismaClient, options: { items?: readonly ScenarioItem[] } = {}) {
  const ids = await writeReferenceData(prisma, REFERENCE);
  const bodyIds = new Map(
    (await prisma.body.findMany({ select: { id: true, slug: true } })).map((b) => [b.slug, b.id]),
  );
  const bodies = mapKeys(BODIES, (slug) => ({ id: idOf(bodyIds, slug), slug }));
  const groups = mapKeys(GROUPS, (path) => ({
    id: idOf(ids.groups, path),
    path,
    code: REFERENCE.groups.find((g) => g.path === path)?.code ?? '',
  }));
  const topics = mapKeys(TOPICS, (slug) => ({ id: idOf(ids.topics, slug), slug }));
  const group = (g: GroupIn): GroupRef => (typeof g === 'string' ? groups[g] : g);
  const actors: ScenarioActors = {
    admin: await makeActor(prisma, { name: 'Ada Admin', isAdmin: true }),
    coordinator: await makeActor(prisma, {
      name: 'Cora Coordinator',
      roles: [{ group: groups.sg13, role: 'COORDINATOR' }],
    }),
    rapporteur: await makeActor(prisma, {
      name: 'Rita Rapporteur',
      roles: [{ group: groups.q6, role: 'RAPPORTEUR' }],
    }),
    otherRapporteur: await makeActor(prisma, {
      name: 'Otto Other',
      roles: [{ group: groups.sg15, role: 'RAPPORTEUR' }],
    }),
    reader: await makeActor(prisma, { name: 'Rae Reader' }),
    anonymous: null,
  };

  const world = {
    prisma,
    bodies,
    groups,
    topics,
    actors,
    /** Adds a work item (see makeWorkItem) to a group of the world, with topics by key. */
    addItem: ({ group: g, topics: keys = [], ...rest }: ScenarioItem) =>
      makeWorkItem(prisma, { ...rest, groupId: group(g).id, topicIds: keys.map((k) => topics[k].id) }),
    /** Adds a group under a group of the world (or of the test), else at the top of a body (ITU-T). */
    addGroup: async (options: {
      code: string;
      parent?: GroupIn;
      body?: BodyKey | BodyRef;
      kind?: GroupKind;
      name?: string;
    }) => {
      const parent = options.parent === undefined ? undefined : group(options.parent);
      const given = options.body ?? (parent ? bodyKeyOf(parent.path) : 'itu');
      const body = typeof given === 'string' ? bodies[given] : given;
      const row = await makeGroup(prisma, { ...options, bodyId: body.id, bodySlug: body.slug, parent });
      return { id: row.id, path: row.path, code: row.code };
    },
    /** Adds a body of its own (an empty one, unless groups are added under it by `addGroup`). */
    addBody: makeBody.bind(null, prisma),
    addLiaison: ({ from, to = [], ...rest }: ScenarioLiaison) =>
      makeLiaison(prisma, { ...rest, fromGroupId: group(from).id, toGroupIds: to.map((g) => group(g).id) }),
    addActor: (options: ActorOptions = {}) => makeActor(prisma, options),
    /** A new API token of a person of the world (or of the test); see makeApiToken. */
    tokenFor: (actor: TestActor, extra?: Parameters<typeof makeApiToken>[2]) =>
      makeApiToken(prisma, actor.userId, extra),
  };
  for (const item of options.items ?? []) await world.addItem(item);
  return world;
}

export type Scenario = Awaited<ReturnType<typeof buildScenario>>;
