// Groups of the partner organizations: 3GPP TSGs and working groups, IETF areas and working groups
// (and the IRTF research group whose draft the roadmap follows), ETSI industry specification
// groups, IEEE working groups, Broadband Forum work areas and O-RAN ALLIANCE work groups.
import type { GroupSeed } from '../types.ts';

export const THREEGPP_GROUPS: readonly GroupSeed[] = [
  {
    path: '3gpp/tsg-sa',
    kind: 'TSG',
    code: 'TSG SA',
    name: 'Service and System Aspects',
    url: 'https://www.3gpp.org/3gpp-groups/service-system-aspects-sa',
  },
  { path: '3gpp/tsg-sa/sa1', kind: 'WG', code: 'SA1', name: 'Services' },
  { path: '3gpp/tsg-sa/sa2', kind: 'WG', code: 'SA2', name: 'Architecture' },
  { path: '3gpp/tsg-sa/sa3', kind: 'WG', code: 'SA3', name: 'Security and Privacy' },
  { path: '3gpp/tsg-sa/sa5', kind: 'WG', code: 'SA5', name: 'Management, Orchestration and Charging' },
  {
    path: '3gpp/tsg-ran',
    kind: 'TSG',
    code: 'TSG RAN',
    name: 'Radio Access Network',
    url: 'https://www.3gpp.org/3gpp-groups/radio-access-networks-ran',
  },
  { path: '3gpp/tsg-ran/ran3', kind: 'WG', code: 'RAN3', name: 'RAN architecture and interfaces' },
];

export const IETF_GROUPS: readonly GroupSeed[] = [
  {
    path: 'ietf/iesg',
    kind: 'COMMITTEE',
    code: 'IESG',
    name: 'Internet Engineering Steering Group',
    url: 'https://www.ietf.org/about/groups/iesg/',
  },
  { path: 'ietf/rtg', kind: 'AREA', code: 'RTG', name: 'Routing Area' },
  {
    path: 'ietf/rtg/teas',
    kind: 'WG',
    code: 'TEAS',
    name: 'Traffic Engineering Architecture and Signaling',
    url: 'https://datatracker.ietf.org/wg/teas/about/',
  },
  { path: 'ietf/int', kind: 'AREA', code: 'INT', name: 'Internet Area' },
  {
    path: 'ietf/int/ipwave',
    kind: 'WG',
    code: 'IPWAVE',
    name: 'IP Wireless Access in Vehicular Environments',
  },
  { path: 'ietf/irtf', kind: 'OTHER', code: 'IRTF', name: 'Internet Research Task Force' },
  { path: 'ietf/irtf/nmrg', kind: 'OTHER', code: 'NMRG', name: 'Network Management Research Group' },
];

export const ETSI_GROUPS: readonly GroupSeed[] = [
  { path: 'etsi/isg-zsm', kind: 'ISG', code: 'ISG ZSM', name: 'Zero-touch network and Service Management' },
  { path: 'etsi/isg-nfv', kind: 'ISG', code: 'ISG NFV', name: 'Network Functions Virtualisation' },
  { path: 'etsi/isg-mec', kind: 'ISG', code: 'ISG MEC', name: 'Multi-access Edge Computing' },
  // ETSI publishes each 3GPP specification as an ETSI TS ("TS 123 501" for 3GPP TS 23.501).
  { path: 'etsi/3gpp', kind: 'OTHER', code: 'ETSI 3GPP', name: 'ETSI publication of 3GPP specifications' },
];

export const IEEE_GROUPS: readonly GroupSeed[] = [
  { path: 'ieee/802', kind: 'COMMITTEE', code: '802', name: 'IEEE 802 LAN/MAN Standards Committee' },
  {
    path: 'ieee/802/802-1',
    kind: 'WG',
    code: '802.1',
    name: 'IEEE 802.1 Working Group (Time-Sensitive Networking)',
  },
  { path: 'ieee/1588', kind: 'WG', code: '1588', name: 'Precision Time Protocol (1588) Working Group' },
];

export const BBF_GROUPS: readonly GroupSeed[] = [
  { path: 'bbf/wwc', kind: 'WG', code: 'WWC', name: 'Wireless-Wireline Convergence Work Area' },
  { path: 'bbf/ata', kind: 'WG', code: 'ATA', name: 'Access and Transport Architecture Work Area' },
];

export const ORAN_GROUPS: readonly GroupSeed[] = [
  { path: 'o-ran/wg1', kind: 'WG', code: 'WG1', name: 'Use Cases and Overall Architecture' },
  { path: 'o-ran/wg4', kind: 'WG', code: 'WG4', name: 'Open Fronthaul Interfaces' },
  { path: 'o-ran/wg9', kind: 'WG', code: 'WG9', name: 'Open X-haul Transport' },
  { path: 'o-ran/wg11', kind: 'WG', code: 'WG11', name: 'Security' },
  { path: 'o-ran/ngrg', kind: 'OTHER', code: 'nGRG', name: 'next Generation Research Group' },
];
