// 3GPP specifications and studies on the 5G system and the first 6G studies (Release 20). Versions
// follow 3GPP TR 21.900: 1.x for information, 2.x for approval, then the release's major version.
import type { HistoryStep, WorkItemSeed } from '../types.ts';
import { threeGpp, underChangeControl } from './history.ts';

const SA2 = '3gpp/tsg-sa/sa2';

// TS 23.501 and TS 23.502, the Release 15 stage 2 of the 5G system, went through TSG SA together.
const RELEASE_15_STAGE_2: readonly HistoryStep[] = [
  { to: 'FOR_INFORMATION', date: '2017-06', reference: 'TSG SA#76', note: 'Version 1.0.0.' },
  { to: 'FOR_APPROVAL', date: '2017-12', reference: 'TSG SA#78', note: 'Version 2.0.0.' },
  {
    to: 'UNDER_CHANGE_CONTROL',
    date: '2017-12',
    reference: 'TSG SA#78',
    note: 'Version 15.0.0 (Release 15).',
  },
];

function ts(
  number: string,
  item: Omit<WorkItemSeed, 'number' | 'kind' | 'process' | 'publicationUrl'>,
): WorkItemSeed {
  return {
    number: `TS ${number}`,
    kind: 'THREEGPP_TS',
    process: 'THREEGPP',
    publicationUrl: threeGpp(number),
    ...item,
  };
}

function tr(
  number: string,
  item: Omit<WorkItemSeed, 'number' | 'kind' | 'process' | 'publicationUrl'>,
): WorkItemSeed {
  return {
    number: `TR ${number}`,
    kind: 'THREEGPP_TR',
    process: 'THREEGPP',
    publicationUrl: threeGpp(number),
    ...item,
  };
}

export const THREEGPP_ITEMS: readonly WorkItemSeed[] = [
  ts('23.501', {
    title: 'System architecture for the 5G System (5GS)',
    generation: 'IMT2020',
    group: SA2,
    history: RELEASE_15_STAGE_2,
    documentVersion: '15.0.0',
    topics: ['network-requirements-architecture', 'network-slicing', 'capability-exposure'],
    summary:
      'Stage 2 system architecture of the 5G System: service-based architecture, network functions, reference points, network slicing, QoS model and edge support.',
  }),
  ts('23.502', {
    title: 'Procedures for the 5G System (5GS)',
    generation: 'IMT2020',
    group: SA2,
    history: RELEASE_15_STAGE_2,
    documentVersion: '15.0.0',
    topics: ['network-requirements-architecture', 'signalling-protocols-testing'],
    summary:
      'Stage 2 procedures of the 5G System: registration, session management, mobility, policy and network function service interactions.',
  }),
  ts('23.288', {
    title: 'Architecture enhancements for 5G System (5GS) to support network data analytics services',
    generation: 'IMT2020',
    group: SA2,
    history: underChangeControl('2019-06', 'Release 16'),
    documentVersion: '16.0.0',
    topics: ['machine-learning-ai', 'autonomous-networks'],
    summary:
      'The network data analytics function (NWDAF) and how 5G network functions collect data and consume analytics.',
  }),
  ts('23.316', {
    title: 'Wireless and wireline convergence access support for the 5G System (5GS)',
    generation: 'IMT2020',
    group: SA2,
    history: underChangeControl('2019', 'Release 16'),
    topics: ['fixed-mobile-satellite-convergence'],
    summary:
      'Access of wireline networks (BBF and cable) to the 5G core through the wireline access gateway function, written with the Broadband Forum.',
  }),
  ts('28.530', {
    title: 'Management and orchestration; Concepts, use cases and requirements',
    generation: 'IMT2020',
    group: '3gpp/tsg-sa/sa5',
    history: underChangeControl('2018', 'Release 15'),
    topics: ['management-orchestration', 'network-slicing'],
    summary:
      'Concepts, use cases and requirements for managing 5G networks and network slicing, including the lifecycle of network slice instances.',
  }),
  ts('33.501', {
    title: 'Security architecture and procedures for 5G System',
    generation: 'IMT2020',
    group: '3gpp/tsg-sa/sa3',
    history: underChangeControl('2018-03', 'TSG SA#79'),
    documentVersion: '15.0.0',
    topics: ['security-resilience'],
    summary:
      "Security architecture of the 5G System: authentication (5G AKA, EAP-AKA'), key hierarchy, subscriber privacy (SUCI), and security of the service-based architecture and interconnect.",
  }),
  tr('22.870', {
    title: 'Study on 6G Use Cases and Service Requirements',
    generation: 'IMT2030',
    group: '3gpp/tsg-sa/sa1',
    history: [
      {
        to: 'DRAFT',
        date: '2024',
        reference: 'Release 20',
        note: 'Status as last recorded in the demo data.',
      },
    ],
    topics: ['network-requirements-architecture'],
    summary:
      'SA1 study of 6G use cases and the service requirements they imply, following the 3GPP Stage-1 workshop on IMT-2030 use cases (Rotterdam, May 2024).',
  }),
  tr('23.799', {
    title: 'Study on Architecture for Next Generation System',
    generation: 'IMT2020',
    group: SA2,
    history: [
      {
        to: 'UNDER_CHANGE_CONTROL',
        date: '2016-12',
        reference: 'TSG SA#74',
        note: 'Version 14.0.0 (Release 14).',
      },
      {
        to: 'SUPERSEDED',
        date: '2017-12',
        reference: 'TSG SA#78',
        note: 'Roadmap view: the study concluded and its architecture was specified in TS 23.501 and TS 23.502.',
      },
    ],
    documentVersion: '14.0.0',
    topics: ['network-requirements-architecture'],
    summary:
      'Release 14 study of the architecture of the next generation (5G) system, from which the Release 15 specifications were drawn.',
  }),
  tr('23.801-01', {
    title: 'Study on Architecture for 6G System',
    generation: 'IMT2030',
    group: SA2,
    history: [
      {
        to: 'DRAFT',
        date: '2025',
        reference: 'Release 20',
        note: 'Status as last recorded in the demo data.',
      },
    ],
    topics: ['network-requirements-architecture', 'machine-learning-ai'],
    summary:
      'SA2 study of the 6G system architecture: user plane architecture, AI-native control, integration of non-terrestrial networks, and migration from the 5G system.',
  }),
];
