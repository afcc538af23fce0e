// Groups of the three ITU Sectors. Study group titles are those of the 2022-2024 study period, when
// most of the listed work was done; Questions and working parties appear where items need them.
import type { GroupSeed } from '../types.ts';

const SG = 'https://www.itu.int/en/ITU-T/studygroups/2022-2024';

export const ITU_T_GROUPS: readonly GroupSeed[] = [
  {
    path: 'itu-t/sg2',
    kind: 'STUDY_GROUP',
    code: 'SG2',
    name: 'Operational aspects',
    url: `${SG}/02/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg3',
    kind: 'STUDY_GROUP',
    code: 'SG3',
    name: 'Economic and policy issues',
    url: `${SG}/03/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg5',
    kind: 'STUDY_GROUP',
    code: 'SG5',
    name: 'Environment, climate change and circular economy',
    url: `${SG}/05/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg11',
    kind: 'STUDY_GROUP',
    code: 'SG11',
    name: 'Signalling requirements, protocols, test specifications and combating counterfeit products',
    url: `${SG}/11/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg12',
    kind: 'STUDY_GROUP',
    code: 'SG12',
    name: 'Performance, quality of service and quality of experience',
    url: `${SG}/12/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg13',
    kind: 'STUDY_GROUP',
    code: 'SG13',
    name: 'Future networks and emerging network technologies',
    url: `${SG}/13/Pages/default.aspx`,
  },
  { path: 'itu-t/sg13/wp1-13', kind: 'WORKING_PARTY', code: 'WP1/13', name: 'IMT systems' },
  {
    path: 'itu-t/sg13/wp1-13/q6-13',
    kind: 'QUESTION',
    code: 'Q6/13',
    name: 'Quality of service aspects including IMT-2020 networks and beyond',
  },
  {
    path: 'itu-t/sg13/wp1-13/q20-13',
    kind: 'QUESTION',
    code: 'Q20/13',
    name: 'IMT-2020 networks and beyond: requirements and architecture',
  },
  {
    path: 'itu-t/sg13/wp1-13/q21-13',
    kind: 'QUESTION',
    code: 'Q21/13',
    name: 'Network softwarization including network slicing and orchestration',
  },
  {
    path: 'itu-t/sg13/wp1-13/q23-13',
    kind: 'QUESTION',
    code: 'Q23/13',
    name: 'Fixed, mobile and satellite convergence',
  },
  {
    path: 'itu-t/sg13/wp3-13',
    kind: 'WORKING_PARTY',
    code: 'WP3/13',
    name: 'Working Party 3 of Study Group 13',
  },
  {
    path: 'itu-t/sg13/jca-imt2020',
    kind: 'JCA',
    code: 'JCA-IMT2020',
    name: 'Joint Coordination Activity for IMT-2020 and beyond',
    url: 'https://www.itu.int/en/ITU-T/jca/imt2020/Pages/default.aspx',
  },
  {
    path: 'itu-t/sg13/fg-imt-2020',
    kind: 'FOCUS_GROUP',
    code: 'FG IMT-2020',
    name: 'Focus Group on IMT-2020 (2015-2016)',
  },
  {
    path: 'itu-t/sg13/fg-ml5g',
    kind: 'FOCUS_GROUP',
    code: 'FG-ML5G',
    name: 'Focus Group on Machine Learning for Future Networks including 5G (2017-2020)',
  },
  {
    path: 'itu-t/sg13/fg-net-2030',
    kind: 'FOCUS_GROUP',
    code: 'FG NET-2030',
    name: 'Focus Group on Technologies for Network 2030 (2018-2020)',
  },
  {
    path: 'itu-t/sg13/fg-an',
    kind: 'FOCUS_GROUP',
    code: 'FG-AN',
    name: 'Focus Group on Autonomous Networks (2020-2023)',
  },
  {
    path: 'itu-t/sg15',
    kind: 'STUDY_GROUP',
    code: 'SG15',
    name: 'Networks, technologies and infrastructures for transport, access and home',
    url: `${SG}/15/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg15/wp1-15',
    kind: 'WORKING_PARTY',
    code: 'WP1/15',
    name: 'Transport aspects of access, home and smart grid networks',
  },
  {
    path: 'itu-t/sg15/wp3-15',
    kind: 'WORKING_PARTY',
    code: 'WP3/15',
    name: 'Transport network characteristics',
  },
  {
    path: 'itu-t/sg15/wp3-15/q13-15',
    kind: 'QUESTION',
    code: 'Q13/15',
    name: 'Network synchronization and time distribution performance',
  },
  {
    path: 'itu-t/sg16',
    kind: 'STUDY_GROUP',
    code: 'SG16',
    name: 'Multimedia and related digital services',
    url: `${SG}/16/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg16/fg-vm',
    kind: 'FOCUS_GROUP',
    code: 'FG-VM',
    name: 'Focus Group on Vehicular Multimedia (2018-2022)',
  },
  {
    path: 'itu-t/sg17',
    kind: 'STUDY_GROUP',
    code: 'SG17',
    name: 'Security',
    url: `${SG}/17/Pages/default.aspx`,
  },
  {
    path: 'itu-t/sg20',
    kind: 'STUDY_GROUP',
    code: 'SG20',
    name: 'Internet of things and smart cities and communities',
    url: `${SG}/20/Pages/default.aspx`,
  },
];

export const ITU_R_GROUPS: readonly GroupSeed[] = [
  { path: 'itu-r/sg5', kind: 'STUDY_GROUP', code: 'SG5', name: 'Terrestrial services' },
  {
    path: 'itu-r/sg5/wp5d',
    kind: 'WORKING_PARTY',
    code: 'WP 5D',
    name: 'IMT Systems',
    url: 'https://www.itu.int/en/ITU-R/study-groups/rsg5/rwp5d/Pages/default.aspx',
  },
];

export const ITU_D_GROUPS: readonly GroupSeed[] = [
  {
    path: 'itu-d/sg1',
    kind: 'STUDY_GROUP',
    code: 'SG1',
    name: 'Enabling environment for meaningful connectivity',
  },
  {
    path: 'itu-d/sg1/q1-1',
    kind: 'QUESTION',
    code: 'Q1/1',
    name: 'Strategies and policies for the deployment of broadband in developing countries',
  },
];
