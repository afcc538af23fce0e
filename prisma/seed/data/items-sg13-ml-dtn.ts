// ITU-T SG13 Recommendations on machine learning (drafted by the Focus Group FG-ML5G) and on the
// digital twin network, from the published editions and the ITU-T AAP database.
import type { WorkItemSeed } from '../types.ts';
import { aapRecord, approved, itu } from './history.ts';

const Q20 = 'itu-t/sg13/wp1-13/q20-13';

function rec(
  number: string,
  item: Omit<WorkItemSeed, 'number' | 'kind' | 'process' | 'publicationUrl'>,
): WorkItemSeed {
  return { number, kind: 'ITU_RECOMMENDATION', process: 'AAP', publicationUrl: itu(number), ...item };
}

export const SG13_ML_DTN_ITEMS: readonly WorkItemSeed[] = [
  rec('Y.3172', {
    workingName: 'Y.IMT2020-ML-Arch',
    title: 'Architectural framework for machine learning in future networks including IMT-2020',
    generation: 'IMT2020',
    group: Q20,
    history: aapRecord({ consented: '2019-03-14', consentReference: 'TD 180-PLEN', approved: '2019-06-22' }),
    topics: ['machine-learning-ai'],
    summary:
      'Architectural requirements and components for machine learning in future networks: the ML pipeline, ML management and orchestration, and their integration in technology-specific networks. Drafted by the Focus Group FG-ML5G.',
  }),
  rec('Y.3173', {
    title: 'Framework for evaluating intelligence levels of future networks including IMT-2020',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2020-02'),
    topics: ['machine-learning-ai', 'autonomous-networks'],
    summary:
      'A method for evaluating the intelligence level of future networks, building on the ML architecture of Y.3172.',
  }),
  rec('Y.3174', {
    title: 'Framework for data handling to enable machine learning in future networks including IMT-2020',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2020-02'),
    topics: ['machine-learning-ai'],
    summary:
      'Requirements and a framework for collecting, processing and delivering data to machine learning in future networks.',
  }),
  rec('Y.3176', {
    title: 'Machine learning marketplace integration in future networks including IMT-2020',
    generation: 'IMT2020',
    group: Q20,
    history: approved('2020-09'),
    topics: ['machine-learning-ai'],
    summary:
      'High-level requirements and an architecture for integrating ML marketplaces in future networks, taking the architectural framework of Y.3172 as a basis.',
  }),
  {
    number: 'Y.3090',
    title: 'Digital twin network – Requirements and architecture',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'BOTH',
    group: 'itu-t/sg13',
    history: approved('2022-02'),
    topics: ['digital-twin-network', 'network-requirements-architecture'],
    publicationUrl: itu('Y.3090'),
    summary:
      'Functional and service requirements, architecture and security considerations of the digital twin network: a virtual representation of a physical network for analysis, diagnosis, emulation and control.',
  },
  {
    number: 'Y.3094',
    workingName: 'Y.DTN-ModelReq',
    title: 'Digital twin network - General technical requirements of model domain in digital twin layer',
    kind: 'ITU_RECOMMENDATION',
    process: 'AAP',
    generation: 'BOTH',
    group: 'itu-t/sg13/wp3-13',
    startDate: '2024-03-21',
    history: [
      { to: 'UNDER_STUDY', date: '2024-03-21', reference: 'First registration in the SG13 work programme' },
      { to: 'CONSENTED', date: '2026-02-27', reference: 'SG13-TD305-R1/WP3 (2026-02)' },
      {
        to: 'LAST_CALL',
        date: '2026-02-27',
        note: 'Last call followed consent; its start date is not recorded in the demo data.',
      },
      { to: 'APPROVED', date: '2026-04-13', reference: 'ITU-T AAP' },
    ],
    topics: ['digital-twin-network', 'machine-learning-ai'],
    publicationUrl: itu('Y.3094'),
    summary:
      'Data model types and functionalities of the model domain of a digital twin network, with requirements for data models, for their orchestration and management, and for unified interfaces.',
  },
];
