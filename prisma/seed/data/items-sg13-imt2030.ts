// ITU-T SG13 work on IMT-2030. TR.IMT2030-terms is real (Resolution 92's revision names it); the
// "Y.IMT2030-..." working names are illustrative names in ITU-T style for work under study, whose
// summaries describe the scope SG13's Questions give for IMT-2030 (requirements and architecture,
// AI/ML, coordination of networking and computing, semantic-aware networking, fixed-mobile-
// satellite convergence). Their dates are illustrative too.
import type { EditorSeed, WorkItemSeed } from '../types.ts';

const Q20 = 'itu-t/sg13/wp1-13/q20-13';
const Q21 = 'itu-t/sg13/wp1-13/q21-13';
const Q23 = 'itu-t/sg13/wp1-13/q23-13';
const MARCH_2025 = 'SG13 meeting, Geneva, 2025-03';
const ILLUSTRATIVE = 'The working name is illustrative (demo data).';

// Fictitious contacts: the demo data names no real editors.
const SG13_EDITORS: readonly EditorSeed[] = [
  {
    role: 'EDITOR',
    name: 'Demo Editor (SG13)',
    affiliation: 'Example Administration',
    email: 'editor.sg13@example.org',
  },
  {
    role: 'CO_EDITOR',
    name: 'Demo Co-editor (SG13)',
    affiliation: 'Example Operator',
    email: 'coeditor.sg13@example.org',
  },
];
const Q20_RAPPORTEUR: EditorSeed = {
  role: 'RAPPORTEUR',
  name: 'Demo Rapporteur (Q20/13)',
  affiliation: 'Example Administration',
  email: 'rapporteur.q20@example.org',
};

function imt2030(
  workingName: string,
  item: Omit<WorkItemSeed, 'workingName' | 'kind' | 'process' | 'generation'>,
): WorkItemSeed {
  return {
    workingName,
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'IMT2030',
    ...item,
    summary: `${item.summary} ${ILLUSTRATIVE}`,
  };
}

export const SG13_IMT2030_ITEMS: readonly WorkItemSeed[] = [
  {
    workingName: 'TR.IMT2030-terms',
    title: 'Terms and definitions for IMT-2030',
    kind: 'ITU_TECHNICAL_REPORT',
    process: 'AGREEMENT',
    generation: 'IMT2030',
    group: Q20,
    history: [
      {
        to: 'UNDER_STUDY',
        date: '2024',
        note: 'Initiated by SG13 in the 2022-2024 study period (noted in the revision of Resolution 92 proposed for WTSA-24).',
      },
    ],
    topics: ['network-requirements-architecture'],
    editors: [Q20_RAPPORTEUR],
    summary: 'Technical Report collecting the terms used by ITU-T work on IMT-2030 networks.',
  },
  imt2030('Y.IMT2030-arch', {
    title: 'Architecture framework of IMT-2030 networks',
    group: Q20,
    startDate: '2025-03',
    targetDate: '2027-12-31',
    history: [
      { to: 'PROPOSED', date: '2025-03', reference: MARCH_2025 },
      { to: 'UNDER_STUDY', date: '2025-07', reference: 'WP1/13 meeting, Geneva, 2025-07' },
    ],
    topics: ['network-requirements-architecture', 'machine-learning-ai'],
    editors: SG13_EDITORS,
    summary:
      'Requirements and architecture framework of IMT-2030 networks, integrating AI/ML, coordination of networking and computing, digital twin and integrated sensing and communication, with energy efficiency in view.',
  }),
  imt2030('Y.IMT2030-AINC', {
    title: 'AI-native network capabilities for IMT-2030 networks',
    group: Q20,
    startDate: '2025-07',
    targetDate: '2028-06-30',
    history: [{ to: 'UNDER_STUDY', date: '2025-07', reference: 'WP1/13 meeting, Geneva, 2025-07' }],
    topics: ['machine-learning-ai', 'autonomous-networks'],
    summary:
      'Network capabilities for AI, including generative AI, in IMT-2030 networks: impact, KPIs and evaluation, test methodologies and deployment guidelines.',
  }),
  imt2030('Y.IMT2030-CNC', {
    title: 'Coordination of networking and computing in IMT-2030 networks',
    group: Q21,
    startDate: '2025-03',
    targetDate: '2027-12-31',
    history: [{ to: 'UNDER_STUDY', date: '2025-03', reference: MARCH_2025 }],
    topics: ['edge-computing', 'emerging-network-technologies', 'network-softwarization'],
    summary:
      'Requirements and functional framework for coordinating network and computing resources across edge and cloud in IMT-2030 networks.',
  }),
  imt2030('Y.IMT2030-NS', {
    title: 'Network slicing enhancements for IMT-2030 networks',
    group: Q21,
    startDate: '2025-07',
    history: [{ to: 'UNDER_STUDY', date: '2025-07', reference: 'WP1/13 meeting, Geneva, 2025-07' }],
    topics: ['network-slicing', 'management-orchestration'],
    summary:
      'Enhancements of network slicing for IMT-2030 usage scenarios, including AI-assisted slice management and slicing across terrestrial and non-terrestrial access.',
  }),
  imt2030('Y.IMT2030-FMSC', {
    title: 'Fixed, mobile and satellite convergence for IMT-2030 networks',
    group: Q23,
    startDate: '2025-03',
    targetDate: '2028-06-30',
    history: [{ to: 'UNDER_STUDY', date: '2025-03', reference: MARCH_2025 }],
    topics: ['fixed-mobile-satellite-convergence'],
    summary:
      'Requirements and framework for converging terrestrial and non-terrestrial access in IMT-2030 networks.',
  }),
  imt2030('Y.IMT2030-SAN', {
    title: 'Semantic-aware networking for IMT-2030 networks',
    group: Q20,
    history: [{ to: 'PROPOSED', date: '2025-11', reference: 'SG13 meeting, Tashkent, 2025-11' }],
    topics: ['emerging-network-technologies'],
    summary:
      'Proposed new work item: scenarios and requirements of semantic-aware networking, which carries the meaning of information rather than bits, in IMT-2030 networks.',
  }),
];
