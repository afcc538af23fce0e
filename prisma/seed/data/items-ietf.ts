// IETF work on network slicing and traffic engineering for IMT transport, and the IRTF NMRG draft
// on network digital twins. Datatracker states and dates as published; draft authors are listed
// as on the drafts' first pages.
import type { WorkItemSeed } from '../types.ts';
import { datatracker } from './history.ts';

const TEAS = 'ietf/rtg/teas';

export const IETF_ITEMS: readonly WorkItemSeed[] = [
  {
    number: 'RFC 9543',
    workingName: 'draft-ietf-teas-ietf-network-slices',
    title: 'A Framework for Network Slices in Networks Built from IETF Technologies',
    kind: 'IETF_RFC',
    process: 'IETF',
    generation: 'BOTH',
    group: TEAS,
    history: [
      {
        to: 'RFC',
        date: '2024-03',
        note: 'Published as an Informational RFC; earlier draft states are not in the demo data.',
      },
    ],
    topics: ['network-slicing', 'transport-fronthaul-backhaul'],
    publicationUrl: datatracker('rfc9543'),
    summary:
      'Terminology and framework for network slices realized with IETF technologies (RFC 9543 network slices), the network slice controller and its service interface; the transport part of end-to-end 5G slices.',
  },
  {
    number: 'RFC 9522',
    title: 'Overview and Principles of Internet Traffic Engineering',
    kind: 'IETF_RFC',
    process: 'IETF',
    generation: 'BOTH',
    group: TEAS,
    history: [{ to: 'RFC', date: '2024-01' }],
    topics: ['transport-fronthaul-backhaul', 'qos-qoe'],
    publicationUrl: datatracker('rfc9522'),
    summary:
      'Principles of Internet traffic engineering and the state of the art of TE technologies; obsoletes RFC 3272.',
  },
  {
    number: 'RFC 3272',
    title: 'Overview and Principles of Internet Traffic Engineering',
    kind: 'IETF_RFC',
    process: 'IETF',
    generation: 'IMT2020',
    group: 'ietf/rtg',
    history: [
      { to: 'RFC', date: '2002-05' },
      { to: 'OBSOLETED', date: '2024-01', note: 'Obsoleted by RFC 9522.' },
    ],
    topics: ['transport-fronthaul-backhaul'],
    publicationUrl: datatracker('rfc3272'),
    summary:
      'The original overview of Internet traffic engineering from the former Internet Traffic Engineering working group.',
  },
  {
    workingName: 'draft-ietf-teas-ietf-network-slice-nbi-yang',
    title: 'A YANG Data Model for the RFC 9543 Network Slice Service',
    kind: 'IETF_INTERNET_DRAFT',
    process: 'IETF',
    generation: 'BOTH',
    group: TEAS,
    documentVersion: '-25',
    history: [
      {
        to: 'RFC_EDITOR_QUEUE',
        date: '2025-05-12',
        note: 'Approved by the IESG on 2025-05-12 and sent to the RFC Editor. Status as last recorded in the demo data.',
      },
    ],
    topics: ['network-slicing', 'management-orchestration'],
    baseTextUrl: datatracker('draft-ietf-teas-ietf-network-slice-nbi-yang'),
    summary:
      'YANG data model of the service interface through which a customer requests and manages RFC 9543 network slice services.',
  },
  {
    workingName: 'draft-ietf-teas-5g-network-slice-application',
    title: 'IETF Network Slice Application in 3GPP 5G End-to-End Network Slice',
    kind: 'IETF_INTERNET_DRAFT',
    process: 'IETF',
    generation: 'IMT2020',
    group: TEAS,
    documentVersion: '-05',
    startDate: '2023-01',
    history: [
      {
        to: 'WG_DOCUMENT',
        date: '2023-01',
        note: 'Adopted by TEAS, replacing draft-gcdrb-teas-5g-network-slice-application.',
      },
    ],
    topics: ['network-slicing', 'transport-fronthaul-backhaul'],
    baseTextUrl: datatracker('draft-ietf-teas-5g-network-slice-application'),
    editors: [
      { role: 'AUTHOR', name: 'Xuesong Geng', affiliation: 'Huawei Technologies' },
      { role: 'EDITOR', name: 'Luis M. Contreras', affiliation: 'Telefonica' },
      { role: 'AUTHOR', name: 'Reza Rokui', affiliation: 'Ciena' },
      { role: 'AUTHOR', name: 'Jie Dong', affiliation: 'Huawei Technologies' },
      { role: 'AUTHOR', name: 'Ivan Bykov', affiliation: 'Ribbon Communications' },
    ],
    summary:
      'How RFC 9543 network slices provide the transport segment of 3GPP 5G end-to-end network slices: identifier and parameter mapping and the 5G IETF network slice service interface.',
  },
  {
    workingName: 'draft-gcdrb-teas-5g-network-slice-application',
    title: 'IETF Network Slice Application in 3GPP 5G End-to-End Network Slice',
    kind: 'IETF_INTERNET_DRAFT',
    process: 'IETF',
    generation: 'IMT2020',
    group: TEAS,
    documentVersion: '-01',
    history: [
      { to: 'INDIVIDUAL_DRAFT', date: '2022-07' },
      { to: 'REPLACED', date: '2023-01', note: 'Replaced by draft-ietf-teas-5g-network-slice-application.' },
    ],
    topics: ['network-slicing'],
    baseTextUrl: datatracker('draft-gcdrb-teas-5g-network-slice-application'),
    summary:
      'Individual draft merging earlier proposals on mapping 5G slices to transport slices; adopted by TEAS under a working group name.',
  },
  {
    workingName: 'draft-rokui-5g-transport-slice',
    title: '5G Transport Slice Connectivity Interface',
    kind: 'IETF_INTERNET_DRAFT',
    process: 'IETF',
    generation: 'IMT2020',
    group: 'ietf/rtg',
    documentVersion: '-00',
    history: [
      { to: 'INDIVIDUAL_DRAFT', date: '2019-07-02' },
      {
        to: 'EXPIRED',
        date: '2020-01-03',
        note: 'Only version -00 was published; it expired six months later.',
      },
    ],
    topics: ['network-slicing', 'transport-fronthaul-backhaul'],
    baseTextUrl: datatracker('draft-rokui-5g-transport-slice'),
    summary:
      'Early individual draft on the interface for requesting transport slices as part of 5G end-to-end network slices.',
  },
  {
    workingName: 'draft-irtf-nmrg-network-digital-twin-arch',
    title: 'Network Digital Twin: Concepts and Reference Architecture',
    kind: 'IETF_INTERNET_DRAFT',
    process: 'IETF',
    generation: 'BOTH',
    group: 'ietf/irtf/nmrg',
    documentVersion: '-09',
    history: [
      {
        to: 'WG_DOCUMENT',
        date: '2022',
        note: 'Research group document of the IRTF NMRG. Status as last recorded in the demo data.',
      },
    ],
    topics: ['digital-twin-network', 'management-orchestration'],
    baseTextUrl: datatracker('draft-irtf-nmrg-network-digital-twin-arch'),
    summary:
      'Concepts, definitions and a reference architecture of network digital twins, with application scenarios, benefits and challenges.',
  },
];
