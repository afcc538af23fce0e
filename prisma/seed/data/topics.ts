// The subject areas of WTSA Resolution 92 (Rev. New Delhi, 2024), in the order the Resolution
// names them: SG13's list in "instructs Study Group 13" 3, then the other study groups' subjects
// and the cross-cutting aims (open RAN, developing countries, intelligent manufacturing).
import type { TopicSeed } from '../types.ts';

export const TOPICS: readonly TopicSeed[] = [
  {
    slug: 'network-requirements-architecture',
    name: 'Network requirements and architecture',
    description:
      'Requirements, capabilities and functional architecture of IMT-2020 and IMT-2030 networks, from the network side.',
  },
  {
    slug: 'network-softwarization',
    name: 'Network softwarization (SDN/NFV)',
    description:
      'Software-defined networking, network function virtualization and cloud-native network functions.',
  },
  {
    slug: 'edge-computing',
    name: 'Edge computing',
    description:
      'Multi-access edge computing and the coordination of networking and computing close to the user.',
  },
  {
    slug: 'network-slicing',
    name: 'Network slicing',
    description:
      'Logical networks with their own characteristics built over shared infrastructure, from end to end.',
  },
  {
    slug: 'capability-exposure',
    name: 'Capability exposure and openness',
    description:
      'Opening network capabilities to third parties through interfaces and APIs, and open network interconnection.',
  },
  {
    slug: 'management-orchestration',
    name: 'Management and orchestration',
    description: 'Management, orchestration and lifecycle automation of networks, slices and services.',
  },
  {
    slug: 'fixed-mobile-satellite-convergence',
    name: 'Fixed, mobile and satellite convergence',
    description:
      'Terrestrial (fixed and mobile) and non-terrestrial (satellite) access served by one converged core.',
  },
  {
    slug: 'qos-qoe',
    name: 'QoS and QoE',
    description:
      'Quality of service mechanisms, performance objectives and quality of experience of services.',
  },
  {
    slug: 'digital-twin-network',
    name: 'Digital twin network',
    description: 'Virtual representations of physical networks for analysis, emulation and control.',
  },
  {
    slug: 'autonomous-networks',
    name: 'Autonomous networks',
    description: 'Networks that operate, adapt and repair themselves with little or no human intervention.',
  },
  {
    slug: 'machine-learning-ai',
    name: 'Machine learning and AI',
    description:
      'Machine learning and artificial intelligence in and for networks: architectures, data handling and evaluation.',
  },
  {
    slug: 'emerging-network-technologies',
    name: 'Emerging network technologies',
    description:
      'New networking technologies such as deterministic and large-scale networking, semantic-aware and computing-aware networking.',
  },
  {
    slug: 'transport-fronthaul-backhaul',
    name: 'Transport, fronthaul and backhaul',
    description:
      'Transport networks carrying IMT traffic: fronthaul, midhaul and backhaul, their requirements and technologies.',
  },
  {
    slug: 'synchronization',
    name: 'Synchronization',
    description: 'Frequency, phase and time synchronization of transport and radio networks.',
  },
  {
    slug: 'signalling-protocols-testing',
    name: 'Signalling, protocols and testing',
    description:
      'Signalling requirements, control and management protocols, test specifications and interoperability.',
  },
  {
    slug: 'security-resilience',
    name: 'Security and resilience',
    description: 'Security, trust, privacy and resilience of devices, networks and applications.',
  },
  {
    slug: 'numbering-naming-addressing',
    name: 'Numbering, naming, addressing and identification',
    description:
      'Numbering, naming, addressing and identification resources and their operational management.',
  },
  {
    slug: 'energy-sustainability',
    name: 'Energy efficiency and sustainability',
    description:
      'Energy efficiency, power feeding, environmental requirements and circular economy of networks.',
  },
  {
    slug: 'iot-smart-cities',
    name: 'IoT and smart cities',
    description: 'Internet of things and smart sustainable cities and communities served by IMT networks.',
  },
  {
    slug: 'vehicular-multimedia',
    name: 'Vehicular multimedia and V2X',
    description:
      'Vehicular multimedia systems, vehicle-to-everything communication and assisted or autonomous driving.',
  },
  {
    slug: 'open-ran',
    name: 'Open and interoperable RAN',
    description:
      'Non-radio aspects of open radio access networks: open interfaces, RAN intelligence and cloud RAN.',
  },
  {
    slug: 'intelligent-manufacturing',
    name: 'Intelligent manufacturing and verticals',
    description:
      'Industrial and other vertical uses of IMT networks, such as deterministic remote device control.',
  },
  {
    slug: 'regulatory-policy-economics',
    name: 'Regulatory, policy and economic aspects',
    description: 'Regulatory, policy and economic questions of IMT deployment, investment and market growth.',
  },
  {
    slug: 'developing-countries',
    name: 'Deployment in developing countries',
    description: 'Strategies, guidance and best practice for deploying IMT systems in developing countries.',
  },
];
