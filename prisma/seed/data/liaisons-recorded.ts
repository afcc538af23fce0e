// Liaison statements between ITU-T and the IETF as recorded in the IETF datatracker
// (https://datatracker.ietf.org/liaison/<number>/). References are the ITU-T document names where
// the record gives them ("SG15-LS54"), else "IETF-liaison-<number>" after the datatracker record.
// One exception, marked below: the SG13 statement on the FG NET-2030 deliverables, whose reference
// and date are inferred from the IETF reply.
import type { LiaisonSeed } from '../types.ts';

const IETF = 'ietf/iesg';
const record = (number: number) => `https://datatracker.ietf.org/liaison/${number}/`;

export const RECORDED_LIAISONS: readonly LiaisonSeed[] = [
  {
    reference: 'IETF-liaison-1457',
    direction: 'OUTGOING',
    from: 'itu-t/sg13',
    to: [IETF],
    title:
      'LS on "Report on standard gap analysis", from ITU-T Focus Group on IMT-2020 and on extension of lifetime of Focus Group IMT-2020',
    purpose: 'FOR_INFORMATION',
    date: '2016-02-26',
    state: 'CLOSED',
    documentUrl: record(1457),
  },
  {
    reference: 'SP16-FGIMT-2020-OLS-0004',
    direction: 'OUTGOING',
    from: 'itu-t/sg13/fg-imt-2020',
    to: [IETF],
    title:
      'LS on the completion of ITU-T Focus Group on IMT-2020 and start of normative work in ITU-T Study Group 13',
    purpose: 'FOR_INFORMATION',
    date: '2017-01-24',
    state: 'CLOSED',
    documentUrl: record(1504),
    workItems: ['Y.3101'],
  },
  {
    reference: 'SG15-LS54',
    direction: 'OUTGOING',
    from: 'itu-t/sg15/wp3-15',
    to: [IETF],
    title: 'Initiation of work to support IMT-2020/5G in the Transport Network',
    purpose: 'FOR_INFORMATION',
    date: '2017-07-06',
    state: 'CLOSED',
    documentUrl: record(1534),
    workItems: ['GSTR-TN5G'],
  },
  {
    reference: 'IETF-liaison-1603',
    direction: 'OUTGOING',
    from: 'itu-t/sg16',
    to: ['ietf/int/ipwave'],
    title:
      'LS on Establishment of new ITU-T Focus Group on vehicular multimedia (FG-VM) and its first meeting',
    purpose: 'FOR_INFORMATION',
    date: '2018-11-04',
    state: 'CLOSED',
    documentUrl: record(1603),
  },
  // Inferred: the IETF reply (datatracker 1709) answers SG13's "LS/o on Deliverables of Focus Group
  // NET2030"; the date assumes it left the SG13 meeting of 20-31 July 2020.
  {
    reference: 'SG13-LS-FG-NET2030-deliverables',
    direction: 'OUTGOING',
    from: 'itu-t/sg13',
    to: [IETF],
    title: 'LS/o on Deliverables of Focus Group NET2030',
    purpose: 'FOR_COMMENT',
    date: '2020-07-31',
    state: 'REPLIED',
  },
  {
    reference: 'IETF-liaison-1709',
    direction: 'INCOMING',
    from: IETF,
    to: ['itu-t/sg13'],
    title: 'Liaison response on FG Net2030 Deliverables',
    purpose: 'REPLY',
    date: '2020-11-24',
    state: 'CLOSED',
    inReplyTo: 'SG13-LS-FG-NET2030-deliverables',
    documentUrl: record(1709),
  },
  {
    reference: 'SP16-FG-VM-OLS-00051',
    direction: 'OUTGOING',
    from: 'itu-t/sg16/fg-vm',
    to: ['ietf/int/ipwave'],
    title: 'LS on the latest results on the Vehicular Multimedia deliverables from ITU FG-VM',
    purpose: 'FOR_INFORMATION',
    date: '2021-04-19',
    state: 'CLOSED',
    documentUrl: record(1733),
    workItems: ['F.DVMSF-Edge'],
  },
];
