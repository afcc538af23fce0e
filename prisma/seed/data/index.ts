// The demo roadmap: a few dozen real IMT work items with the liaisons and links between them, plus
// example entries that make every status of every lifecycle appear (see items-examples.ts).
import type { DemoData } from '../types.ts';
import { BODIES } from './bodies.ts';
import { ITU_D_GROUPS, ITU_R_GROUPS, ITU_T_GROUPS } from './groups-itu.ts';
import {
  BBF_GROUPS,
  ETSI_GROUPS,
  IEEE_GROUPS,
  IETF_GROUPS,
  ORAN_GROUPS,
  THREEGPP_GROUPS,
} from './groups-partners.ts';
import { EXAMPLE_ITEMS } from './items-examples.ts';
import { IETF_ITEMS } from './items-ietf.ts';
import { ITU_R_D_ITEMS } from './items-itu-r-d.ts';
import { ITU_T_OTHER_ITEMS } from './items-itu-t-other.ts';
import { PARTNER_ITEMS } from './items-partners.ts';
import { SG13_CURRENT_ITEMS } from './items-sg13-current.ts';
import { SG13_IMT2030_ITEMS } from './items-sg13-imt2030.ts';
import { SG13_ML_DTN_ITEMS } from './items-sg13-ml-dtn.ts';
import { SG13_IMT2020_ITEMS } from './items-sg13-imt2020.ts';
import { THREEGPP_ITEMS } from './items-3gpp.ts';
import { ILLUSTRATIVE_LIAISONS } from './liaisons-illustrative.ts';
import { RECORDED_LIAISONS } from './liaisons-recorded.ts';
import { RELATIONS } from './relations.ts';
import { TOPICS } from './topics.ts';

export const DEMO_DATA: DemoData = {
  bodies: BODIES,
  groups: [
    ...ITU_T_GROUPS,
    ...ITU_R_GROUPS,
    ...ITU_D_GROUPS,
    ...THREEGPP_GROUPS,
    ...IETF_GROUPS,
    ...ETSI_GROUPS,
    ...IEEE_GROUPS,
    ...BBF_GROUPS,
    ...ORAN_GROUPS,
  ],
  topics: TOPICS,
  workItems: [
    ...SG13_IMT2020_ITEMS,
    ...SG13_ML_DTN_ITEMS,
    ...SG13_CURRENT_ITEMS,
    ...SG13_IMT2030_ITEMS,
    ...ITU_T_OTHER_ITEMS,
    ...ITU_R_D_ITEMS,
    ...THREEGPP_ITEMS,
    ...IETF_ITEMS,
    ...PARTNER_ITEMS,
    ...EXAMPLE_ITEMS,
  ],
  relations: RELATIONS,
  // Chronological, so that every reply comes after the statement it answers.
  liaisons: [...RECORDED_LIAISONS, ...ILLUSTRATIVE_LIAISONS].sort((a, b) => a.date.localeCompare(b.date)),
};
