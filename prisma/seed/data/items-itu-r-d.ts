// ITU-R WP 5D (the IMT framework the non-radio work builds on) and ITU-D SG1 (broadband
// deployment in developing countries). ITU-R and ITU-D procedures are shown under the "other
// body's process" lifecycle. "M.[IMT-2030.SPECS]"-style names are how WP 5D labels draft texts.
import type { WorkItemSeed } from '../types.ts';
import { published, ituR } from './history.ts';

const WP5D = 'itu-r/sg5/wp5d';

export const ITU_R_D_ITEMS: readonly WorkItemSeed[] = [
  {
    number: 'ITU-R M.2083',
    title:
      'IMT Vision – Framework and overall objectives of the future development of IMT for 2020 and beyond',
    kind: 'ITU_RECOMMENDATION',
    process: 'OTHER',
    generation: 'IMT2020',
    group: WP5D,
    history: published('2015-09'),
    topics: ['network-requirements-architecture'],
    publicationUrl: ituR('M.2083'),
    summary:
      'Recommendation ITU-R M.2083-0: the usage scenarios (eMBB, URLLC, mMTC) and capabilities of IMT-2020 that the non-radio work serves.',
  },
  {
    number: 'ITU-R M.2160',
    title: 'Framework and overall objectives of the future development of IMT for 2030 and beyond',
    kind: 'ITU_RECOMMENDATION',
    process: 'OTHER',
    generation: 'IMT2030',
    group: WP5D,
    history: published('2023-11'),
    topics: ['network-requirements-architecture'],
    publicationUrl: ituR('M.2160'),
    summary:
      'Recommendation ITU-R M.2160-0: trends, usage scenarios and capabilities of IMT-2030, with sustainability, connecting the unconnected, security and resilience, and ubiquitous intelligence as overarching aspects.',
  },
  {
    number: 'ITU-R M.2516',
    title:
      'Future technical trends of terrestrial International Mobile Telecommunications systems towards 2030 and beyond',
    kind: 'ITU_TECHNICAL_REPORT',
    process: 'OTHER',
    generation: 'IMT2030',
    group: WP5D,
    history: published('2022-11'),
    topics: ['emerging-network-technologies'],
    publicationUrl: 'https://www.itu.int/pub/R-REP-M.2516',
    summary:
      'Report ITU-R M.2516-0: a broad view of future technical aspects of terrestrial IMT systems for the timeframe up to 2030 and beyond.',
  },
  {
    workingName: 'ITU-R M.[IMT-2030.TECH PERF REQ]',
    title: 'Minimum requirements related to technical performance for IMT-2030 radio interface(s)',
    kind: 'ITU_TECHNICAL_REPORT',
    process: 'OTHER',
    generation: 'IMT2030',
    group: WP5D,
    history: [
      { to: 'DRAFTING', date: '2024', reference: 'WP 5D', note: 'Status as last recorded in the demo data.' },
    ],
    topics: ['network-requirements-architecture'],
    summary:
      'Draft new Report of WP 5D setting the minimum technical performance requirements that candidate IMT-2030 radio interface technologies must meet.',
  },
  {
    workingName: 'ITU-R M.[IMT-2030.SPECS]',
    title: 'Detailed specifications of the terrestrial radio interfaces of IMT-2030',
    kind: 'ITU_RECOMMENDATION',
    process: 'OTHER',
    generation: 'IMT2030',
    group: WP5D,
    targetDate: '2030',
    history: [
      {
        to: 'PLANNED',
        date: '2023-11',
        note: 'Final step of the IMT-2030 process of WP 5D, planned for around 2030.',
      },
    ],
    topics: ['network-requirements-architecture'],
    summary:
      'Planned Recommendation identifying the IMT-2030 terrestrial radio interface technologies, the IMT-2030 counterpart of Recommendation ITU-R M.2150 for IMT-2020.',
  },
  {
    number: 'ITU-D SG1 Q1-1 Output Report 2021',
    title: 'Strategies and policies for the deployment of broadband in developing countries',
    kind: 'OTHER',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'itu-d/sg1/q1-1',
    history: published('2021'),
    topics: ['developing-countries', 'regulatory-policy-economics'],
    summary:
      'Output report of ITU-D Question 1/1 for the 2018-2021 study period on strategies, policies and practices for broadband, including mobile broadband, in developing countries. ("Q1-1" stands for Question 1/1: identifiers cannot contain a slash.)',
  },
];
