// ITU-T SG13 Recommendations of the IMT-2020 (Y.3100-series) and related families, from the
// published editions and, where cited, the ITU-T AAP database (consent and approval dates,
// provisional names).
import type { WorkItemSeed } from '../types.ts';
import { aapRecord, approved, itu } from './history.ts';

const Q6 = 'itu-t/sg13/wp1-13/q6-13';
const Q20 = 'itu-t/sg13/wp1-13/q20-13';
const Q21 = 'itu-t/sg13/wp1-13/q21-13';
const Q23 = 'itu-t/sg13/wp1-13/q23-13';

function rec(
  number: string,
  item: Omit<WorkItemSeed, 'number' | 'kind' | 'process' | 'publicationUrl'>,
): WorkItemSeed {
  return { number, kind: 'ITU_RECOMMENDATION', process: 'AAP', publicationUrl: itu(number), ...item };
}

export const SG13_IMT2020_ITEMS: readonly WorkItemSeed[] = [
  rec('Y.3100', {
    title: 'Terms and definitions for IMT-2020 network',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2017-09'),
    topics: ['network-requirements-architecture'],
    summary:
      'Essential terms and definitions for the IMT-2020 network, a common reference for ITU-T IMT-2020 documents. Corrigendum 1 (04/2018) fixed clause 3.2.6.',
  }),
  rec('Y.3101', {
    title: 'Requirements of the IMT-2020 network',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2018-01'),
    topics: ['network-requirements-architecture', 'network-slicing'],
    summary:
      'High-level requirements of the IMT-2020 network from the network operator and service perspectives, building on the Focus Group IMT-2020 results. Corrigendum 1 (04/2018).',
  }),
  rec('Y.3102', {
    title: 'Framework of the IMT-2020 network',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2018-05'),
    topics: ['network-requirements-architecture'],
    summary:
      'Framework of the IMT-2020 network: design principles, high-level capabilities and the functional view derived from the requirements of Y.3101.',
  }),
  rec('Y.3104', {
    title: 'Architecture of the IMT-2020 network',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2018-12'),
    topics: ['network-requirements-architecture', 'network-softwarization'],
    summary:
      'Architecture of the IMT-2020 network: functional components, reference points and their relation to the 3GPP 5G system.',
  }),
  rec('Y.3105', {
    title: 'Requirements of capability exposure in the IMT-2020 network',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2018'),
    topics: ['capability-exposure'],
    summary: 'Requirements for exposing IMT-2020 network capabilities to third parties.',
  }),
  rec('Y.3106', {
    title: 'Quality of service functional requirements for the IMT-2020 network',
    generation: 'IMT2020',
    group: Q6,
    history: approved('2019'),
    topics: ['qos-qoe'],
    summary: 'Functional requirements for end-to-end quality of service in the IMT-2020 network.',
  }),
  rec('Y.3110', {
    title: 'IMT-2020 network management and orchestration requirements',
    generation: 'IMT2020',
    group: Q21,
    history: approved('2017-09'),
    topics: ['management-orchestration', 'network-softwarization'],
    summary:
      'Requirements for the management and orchestration of softwarized IMT-2020 networks, including network slices.',
  }),
  rec('Y.3111', {
    title: 'IMT-2020 network management and orchestration framework',
    generation: 'IMT2020',
    group: Q21,
    history: approved('2017-09'),
    topics: ['management-orchestration', 'network-slicing'],
    summary:
      'Framework for IMT-2020 network management and orchestration meeting the requirements of Y.3110.',
  }),
  rec('Y.3112', {
    title: 'Framework for the support of network slicing in the IMT-2020 network',
    generation: 'IMT2020',
    group: Q21,
    history: approved('2018-12'),
    topics: ['network-slicing'],
    summary:
      'Concept, use cases and framework of network slicing in the IMT-2020 network, including slice service types and slice user groups.',
  }),
  rec('Y.3113', {
    title:
      'Requirements and framework for latency guarantee in large scale networks including IMT-2020 network',
    generation: 'IMT2020',
    group: Q6,
    history: approved('2021'),
    topics: ['qos-qoe', 'emerging-network-technologies'],
    summary:
      'Requirements and a framework for guaranteeing end-to-end latency bounds in large scale networks including the IMT-2020 network.',
  }),
  rec('Y.3118', {
    workingName: 'Y.IMT2020-jg-lsn',
    title:
      'Requirements and framework for jitter guarantee in large scale networks including IMT-2020 and beyond',
    generation: 'BOTH',
    group: Q6,
    history: aapRecord({
      consented: '2022-07-15',
      consentReference: 'SG13-TD33/PLEN (2022-07)',
      approved: '2022-09-29',
    }),
    topics: ['qos-qoe', 'emerging-network-technologies'],
    summary:
      'Jitter guarantee for dynamic traffic with arbitrary input patterns in large-scale networks, using time-stamping and buffering at the network boundary; needs neither time synchronization nor slot scheduling.',
  }),
  rec('Y.3129', {
    title:
      'Requirements and framework for stateless fair queuing in large scale networks including IMT-2020 and beyond',
    generation: 'BOTH',
    group: Q6,
    history: approved('2024-04', 'Consented at the SG13 meeting, Geneva, 2024-03'),
    topics: ['qos-qoe', 'emerging-network-technologies'],
    summary:
      'Stateless fair queuing with finish tags generated at the entrance node and updated in core nodes, for latency guarantees without per-flow state in the core.',
  }),
  rec('Y.3130', {
    title: 'Requirements of IMT-2020 fixed mobile convergence',
    generation: 'IMT2020',
    group: Q23,
    history: approved('2018-01'),
    topics: ['fixed-mobile-satellite-convergence'],
    summary:
      'Requirements for the convergence of fixed and mobile networks in IMT-2020: unified user identity, common control and seamless service across accesses.',
  }),
  rec('Y.3147', {
    workingName: 'Y.det-rdcs-rf',
    title:
      'QoS requirements and framework of deterministic communication for remote device control services over IMT-2020 and beyond',
    generation: 'BOTH',
    group: Q6,
    history: aapRecord({
      consented: '2025-03-14',
      consentReference: 'SG13-TD59/PLEN (2025-03)',
      approved: '2025-04-29',
    }),
    topics: ['qos-qoe', 'intelligent-manufacturing', 'emerging-network-technologies'],
    summary:
      'QoS metrics, a high-level QoS assurance model and a framework for deterministic communication serving remote device control over IMT-2020 and beyond, with two use cases.',
  }),
  rec('Y.3150', {
    title: 'High-level technical characteristics of network softwarization for IMT-2020',
    generation: 'IMT2020',
    group: Q21,
    history: approved('2018-01'),
    topics: ['network-softwarization', 'network-slicing', 'capability-exposure'],
    summary:
      'Vertical and horizontal aspects of network softwarization for IMT-2020: slicing of access, fronthaul and backhaul, data plane programmability, capability exposure and APIs.',
  }),
  rec('Y.3200', {
    title: 'Fixed, mobile and satellite convergence – Requirements for IMT-2020 networks and beyond',
    generation: 'BOTH',
    group: Q23,
    history: approved('2022'),
    topics: ['fixed-mobile-satellite-convergence'],
    summary:
      'Requirements for converging fixed, mobile and satellite access in IMT-2020 networks and beyond.',
  }),
  rec('Y.3209', {
    workingName: 'Y.FMSC-TS',
    title: 'Fixed, mobile and satellite convergence - Traffic scheduling for IMT-2020 networks and beyond',
    generation: 'BOTH',
    group: Q23,
    history: aapRecord({
      consented: '2024-07-26',
      consentReference: 'SG13-TD315/PLEN (2024-07)',
      approved: '2024-09-13',
    }),
    topics: ['fixed-mobile-satellite-convergence', 'qos-qoe'],
    summary:
      'Scenarios, requirements, framework, network function enhancements and procedures for traffic scheduling (steering, engineering, offloading) in fixed, mobile and satellite convergence.',
  }),
];
