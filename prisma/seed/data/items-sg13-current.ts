// ITU-T SG13 and SG20 Recommendations of the current study periods, including those on their way
// to approval (consented, in last call, determined), as last recorded in the demo data.
import type { WorkItemSeed } from '../types.ts';
import { approved, itu } from './history.ts';

const Q6 = 'itu-t/sg13/wp1-13/q6-13';
const Q20 = 'itu-t/sg13/wp1-13/q20-13';
const Q23 = 'itu-t/sg13/wp1-13/q23-13';
const WP1_JULY_2025 = 'WP1/13 meeting, Geneva, 2025-07-25';

export const SG13_CURRENT_ITEMS: readonly WorkItemSeed[] = [
  {
    number: 'Y.3166',
    workingName: 'Y.U2USM-req-fra',
    title:
      'Future networks including IMT-2020 network - Requirements and framework for the support of user equipment to user equipment session management',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'BOTH',
    group: Q20,
    history: [
      {
        to: 'CONSENTED',
        date: '2025-07-25',
        reference: `${WP1_JULY_2025}, TD138/WP1`,
        note: 'Consented with an A.5 justification for references to 3GPP TS 23.501, TS 29.244 and TS 38.300. Status as last recorded in the demo data.',
      },
    ],
    topics: ['network-requirements-architecture'],
    summary:
      'Requirements and a framework for managing sessions between two user equipments across future networks including the IMT-2020 network.',
  },
  {
    number: 'Y.3167',
    workingName: 'Y.IMT2020-qos-lstn-req',
    title:
      'Quality of service requirements and framework for supporting deterministic communication services in large scale networks for IMT-2020 and beyond',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'BOTH',
    group: Q6,
    history: [
      { to: 'CONSENTED', date: '2025-11-06', reference: 'SG13-TD125/PLEN (2025-10)' },
      {
        to: 'LAST_CALL',
        date: '2025-11-06',
        note: 'Last call followed consent; its start date is not recorded in the demo data. Status as last recorded in the demo data.',
      },
    ],
    topics: ['qos-qoe', 'emerging-network-technologies'],
    summary:
      'QoS requirements and a framework for deterministic services with bounded latency, jitter and packet loss at the scale of an operator network, with use cases, a data plane problem analysis and experiment data.',
  },
  {
    number: 'Y.3188',
    workingName: 'Y.LDT-reqs-funcs',
    title:
      'IMT-2020 networks and beyond - Requirements and functions for applications demanding large data transmission',
    kind: 'ITU_RECOMMENDATION',
    process: 'TAP',
    generation: 'BOTH',
    group: Q20,
    history: [
      { to: 'DETERMINED', date: '2025-07-25', reference: `${WP1_JULY_2025}, TD137/WP1` },
      { to: 'APPROVED', date: '2025-10', reference: 'SG13 meeting, Tashkent, 28 October - 6 November 2025' },
    ],
    topics: ['network-requirements-architecture', 'qos-qoe'],
    publicationUrl: itu('Y.3188'),
    summary:
      'Characteristics of applications that move large volumes of data between enterprise branches, users and clouds, and the enhanced and new network functions IMT-2020 networks and beyond need for them, relative to the functions of Y.3102.',
  },
  {
    number: 'Y.3221',
    workingName: 'Y.FMSC-LDS',
    title: 'Fixed, mobile and satellite convergence – Local data switching for IMT-2020 networks and beyond',
    kind: 'ITU_RECOMMENDATION',
    process: 'TAP',
    generation: 'BOTH',
    group: Q23,
    history: [
      {
        to: 'DETERMINED',
        date: '2025-07-25',
        reference: `${WP1_JULY_2025}, TD159/WP1`,
        note: 'Approval was to be considered at the SG13 meeting in Tashkent, 28 October - 6 November 2025. Status as last recorded in the demo data.',
      },
    ],
    topics: ['fixed-mobile-satellite-convergence'],
    summary:
      'Local switching of user data between terminals attached through fixed, mobile or satellite access in converged IMT-2020 networks and beyond.',
  },
  {
    number: 'Y.4208',
    title: 'Internet of things requirements for support of edge computing',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg20',
    history: approved('2020'),
    topics: ['iot-smart-cities', 'edge-computing'],
    publicationUrl: itu('Y.4208'),
    summary:
      'Requirements that edge computing places on the Internet of things, and that IoT places on edge computing.',
  },
];
