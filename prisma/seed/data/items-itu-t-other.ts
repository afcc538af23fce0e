// IMT work of the other ITU-T study groups that Resolution 92 instructs: SG2 (numbering), SG5
// (energy), SG11 (signalling and testing), SG12 (QoS/QoE), SG15 (transport and synchronization),
// SG16 (vehicular multimedia) and SG17 (security).
import type { WorkItemSeed } from '../types.ts';
import { aapRecord, agreed, approved, itu } from './history.ts';

export const ITU_T_OTHER_ITEMS: readonly WorkItemSeed[] = [
  {
    number: 'E.212',
    title: 'The international identification plan for public networks and subscriptions',
    kind: 'ITU_RECOMMENDATION',
    process: 'TAP',
    generation: 'IMT2020',
    group: 'itu-t/sg2',
    history: approved('2016-09'),
    topics: ['numbering-naming-addressing', 'regulatory-policy-economics'],
    publicationUrl: itu('E.212'),
    summary:
      'The international identification plan (mobile country codes and mobile network codes) from which subscription identities of public networks, including IMT-2020 networks, are built.',
  },
  {
    number: 'L.1210',
    title: 'Sustainable power-feeding solutions for 5G networks',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg5',
    history: approved('2019'),
    topics: ['energy-sustainability'],
    publicationUrl: itu('L.1210'),
    summary:
      'Power-feeding solutions for 5G network equipment that reduce energy consumption and environmental impact.',
  },
  {
    number: 'Q.4068',
    workingName: 'Q.API4TB',
    title: 'Open application program interfaces (APIs) for interoperable testbed federations',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg11',
    history: aapRecord({
      consented: '2021-07-16',
      consentReference: 'WP3/11 meeting (virtual), SG11-TD92-R1/WP3',
      approved: '2021-08',
    }),
    topics: ['signalling-protocols-testing'],
    publicationUrl: itu('Q.4068'),
    summary:
      'A generic reference model for testbed federation and open APIs for federating testbeds, managing resources and users; developed with ETSI TC INT and the Fed4FIRE+ project.',
  },
  {
    number: 'Q.5007',
    title: 'Signalling architecture for microservices based intelligent edge computing',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg11',
    history: approved('2023-12'),
    topics: ['signalling-protocols-testing', 'edge-computing'],
    publicationUrl: itu('Q.5007'),
    summary:
      'Signalling architecture, interfaces and procedures for orchestrating microservices in intelligent edge computing.',
  },
  {
    number: 'GSTP-5GQoE',
    title: 'Quality of experience (QoE) requirements for real-time multimedia services over 5G networks',
    kind: 'ITU_TECHNICAL_PAPER',
    process: 'AGREEMENT',
    generation: 'IMT2020',
    group: 'itu-t/sg12',
    history: agreed('2022'),
    topics: ['qos-qoe'],
    summary:
      'Technical Paper on the QoE requirements of real-time multimedia services, such as cloud gaming and extended reality, carried over 5G networks.',
  },
  {
    number: 'G.8300',
    title: 'Characteristics of transport networks to support IMT-2020/5G',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg15/wp3-15',
    history: approved('2020-05-22'),
    topics: ['transport-fronthaul-backhaul', 'synchronization', 'network-slicing'],
    publicationUrl: itu('G.8300'),
    summary:
      'Requirements of the layer one transport network for 5G fronthaul, midhaul and backhaul: relation to the 5G architecture, OAM, slicing, time and frequency synchronization and survivability.',
  },
  {
    number: 'GSTR-TN5G',
    title: 'Transport network support of IMT-2020/5G',
    kind: 'ITU_TECHNICAL_REPORT',
    process: 'AGREEMENT',
    generation: 'IMT2020',
    group: 'itu-t/sg15/wp3-15',
    startDate: '2017-07-06',
    history: [
      {
        to: 'UNDER_STUDY',
        date: '2017-07-06',
        reference: 'SG15-LS54',
        note: 'Date of the liaison statement announcing the new work item.',
      },
      { to: 'AGREED', date: '2018-02', reference: 'SG15 meeting, Geneva, 2018-02' },
    ],
    topics: ['transport-fronthaul-backhaul'],
    summary:
      'Reference model of the transport network for IMT-2020/5G with deployment scenarios, interfaces between 5G entities and the transport network, and their capacity, latency and synchronization needs; the basis of SG15 5G transport work.',
  },
  {
    number: 'G.Sup67',
    title: 'Application of optical transport network Recommendations to 5G transport',
    kind: 'ITU_SUPPLEMENT',
    process: 'AGREEMENT',
    generation: 'IMT2020',
    group: 'itu-t/sg15/wp3-15',
    history: agreed('2019-07'),
    topics: ['transport-fronthaul-backhaul', 'network-slicing'],
    publicationUrl: itu('G.Sup67'),
    summary:
      'How OTN Recommendations serve 5G transport: OTN architectures for C-RAN and D-RAN metro networks, slicing support, synchronization and survivability.',
  },
  {
    number: 'G.8271.1',
    title:
      'Network limits for time synchronization in packet networks with full timing support from the network',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg15/wp3-15/q13-15',
    history: approved('2022-11'),
    topics: ['synchronization', 'transport-fronthaul-backhaul'],
    publicationUrl: itu('G.8271.1'),
    summary:
      'Maximum network limits of phase and time error, and minimum equipment tolerance, for time and phase distribution with full timing support from the network (double-numbered Y.1366.1). Amendment 2 was approved on 2024-01-13.',
  },
  {
    workingName: 'F.DVMSF-Edge',
    title: 'Distributed vehicular multimedia services framework for V2X based edge computing',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg16',
    startDate: '2021-05-21',
    history: [
      {
        to: 'UNDER_STUDY',
        date: '2021-05-21',
        reference: 'First registration in the SG16 work programme',
        note: 'Carried over to the 2025-2028 study period.',
      },
    ],
    topics: ['vehicular-multimedia', 'edge-computing'],
    summary:
      'Framework of distributed vehicular multimedia services for V2X networks on edge computing, building on the vehicular multimedia use cases and requirements of F.749.3.',
  },
  {
    number: 'X.1811',
    title: 'Security guidelines for applying quantum-safe algorithms in IMT-2020 systems',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg17',
    history: approved('2021-04'),
    topics: ['security-resilience'],
    publicationUrl: itu('X.1811'),
    summary:
      'Security components of IMT-2020 systems, the impact of quantum computing on their cryptographic algorithms, and guidelines for applying quantum-safe algorithms.',
  },
  {
    number: 'X.1812',
    title: 'Security framework based on trust relationships for the IMT-2020 ecosystem',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg17',
    history: approved('2022-05'),
    topics: ['security-resilience'],
    publicationUrl: itu('X.1812'),
    summary:
      'Stakeholder roles, trust levels, criteria and a trust model for the IMT-2020 ecosystem, and the security requirements derived from them.',
  },
  {
    number: 'X.1818',
    title: 'Security controls for operation and maintenance of IMT-2020/5G network systems',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2020',
    group: 'itu-t/sg17',
    history: approved('2024-09'),
    topics: ['security-resilience', 'management-orchestration'],
    publicationUrl: itu('X.1818'),
    summary:
      'Threat analysis and recommended security controls for operating and maintaining 5G standalone systems, their virtual infrastructure and management systems, covering technology, people and process.',
  },
];
