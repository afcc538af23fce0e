// ETSI, IEEE, Broadband Forum and O-RAN ALLIANCE documents the IMT roadmap tracks. Versions are
// those of the edition recorded; where only the year of first publication is on record, the date
// says so.
import type { WorkItemSeed } from '../types.ts';
import { published } from './history.ts';

export const PARTNER_ITEMS: readonly WorkItemSeed[] = [
  {
    number: 'GS ZSM 002',
    title: 'Zero-touch network and Service Management (ZSM); Reference Architecture',
    kind: 'ETSI_GS',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'etsi/isg-zsm',
    documentVersion: 'V1.1.1',
    history: published('2019-08'),
    topics: ['autonomous-networks', 'management-orchestration'],
    summary:
      'Service-based reference architecture for zero-touch, end-to-end management of networks and services, including network slices.',
  },
  {
    number: 'GR NFV-EVE 012',
    title:
      'Network Functions Virtualisation (NFV) Release 3; Evolution and Ecosystem; Report on Network Slicing Support with ETSI NFV Architecture Framework',
    kind: 'ETSI_GR',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'etsi/isg-nfv',
    documentVersion: 'V3.1.1',
    history: published('2017-12'),
    topics: ['network-softwarization', 'network-slicing'],
    summary:
      'How the ETSI NFV architectural framework supports network slicing, mapping slice concepts to NFV network services.',
  },
  {
    number: 'GS MEC 003',
    title: 'Multi-access Edge Computing (MEC); Framework and Reference Architecture',
    kind: 'ETSI_GS',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'etsi/isg-mec',
    documentVersion: 'V2.1.1',
    history: published('2019-01'),
    topics: ['edge-computing', 'network-softwarization'],
    summary:
      'Framework and reference architecture of multi-access edge computing, including MEC in NFV environments.',
  },
  {
    number: 'TS 123 501',
    title: '5G; System architecture for the 5G System (3GPP TS 23.501 version 15.2.0 Release 15)',
    kind: 'ETSI_TS',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'etsi/3gpp',
    documentVersion: 'V15.2.0',
    history: published('2018-06'),
    topics: ['network-requirements-architecture'],
    summary: 'ETSI publication of 3GPP TS 23.501: the same text, issued as an ETSI Technical Specification.',
  },
  {
    number: 'IEEE 802.1CM-2018',
    title: 'IEEE Standard for Local and metropolitan area networks – Time-Sensitive Networking for Fronthaul',
    kind: 'IEEE_STANDARD',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'ieee/802/802-1',
    history: published('2018'),
    topics: ['transport-fronthaul-backhaul', 'synchronization'],
    summary:
      'Profiles of bridged Ethernet (time-sensitive networking) for transporting fronthaul streams such as CPRI and eCPRI.',
  },
  {
    number: 'IEEE 1588-2019',
    title:
      'IEEE Standard for a Precision Clock Synchronization Protocol for Networked Measurement and Control Systems',
    kind: 'IEEE_STANDARD',
    process: 'OTHER',
    generation: 'BOTH',
    group: 'ieee/1588',
    history: published('2020-06'),
    topics: ['synchronization'],
    summary:
      'Precision Time Protocol (PTP) version 2.1, on which the ITU-T telecom profiles for phase and time synchronization of mobile networks build; supersedes IEEE 1588-2008.',
  },
  {
    number: 'IEEE 1588-2008',
    title:
      'IEEE Standard for a Precision Clock Synchronization Protocol for Networked Measurement and Control Systems',
    kind: 'IEEE_STANDARD',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'ieee/1588',
    history: [
      ...published('2008-07'),
      { to: 'SUPERSEDED', date: '2020-06', note: 'Superseded by IEEE 1588-2019.' },
    ],
    topics: ['synchronization'],
    summary: 'Precision Time Protocol version 2 (PTPv2).',
  },
  {
    number: 'TR-470',
    title: '5G Wireless Wireline Convergence Architecture',
    kind: 'BBF_TR',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'bbf/wwc',
    history: published('2020'),
    topics: ['fixed-mobile-satellite-convergence'],
    summary:
      'Architecture for converged wireless and wireline access to the 5G core, developed with 3GPP (TS 23.316).',
  },
  {
    number: 'TR-456',
    title: 'AGF Functional Requirements',
    kind: 'BBF_TR',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'bbf/wwc',
    history: published('2020'),
    topics: ['fixed-mobile-satellite-convergence'],
    summary:
      'Functional requirements of the access gateway function (AGF) that adapts fixed access to the 5G core.',
  },
  {
    number: 'O-RAN.WG1.OAD',
    title: 'O-RAN Architecture Description',
    kind: 'ORAN_SPECIFICATION',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'o-ran/wg1',
    history: published('2020'),
    topics: ['open-ran', 'network-requirements-architecture'],
    summary:
      'Overall architecture of O-RAN: the non-real-time and near-real-time RAN intelligent controllers, the O-Cloud and the open interfaces between RAN functions.',
  },
  {
    number: 'O-RAN.WG4.CUS',
    title: 'O-RAN Control, User and Synchronization Plane Specification',
    kind: 'ORAN_SPECIFICATION',
    process: 'OTHER',
    generation: 'IMT2020',
    group: 'o-ran/wg4',
    history: published('2019'),
    topics: ['open-ran', 'transport-fronthaul-backhaul', 'synchronization'],
    summary:
      'The open fronthaul interface between O-DU and O-RU (lower-layer split 7-2x): control, user and synchronization planes.',
  },
];
