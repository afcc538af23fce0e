// The fixed text of the annual supplement: the documents clause 2 references, the terms clause 3
// defines, and the abbreviations clause 4 may list. Which terms and abbreviations appear is decided
// by the data (outline.ts): a stage's definition only when an item is in that stage, an
// abbreviation only when the document's text uses it.
import type { Stage } from '../lifecycle';

export interface OutlineReference {
  /** "[ITU-T A.8]" */
  label: string;
  text: string;
  url: string | null;
}

// Clause 2 lists what the Supplement's own text relies on (its mandate, the approval processes and
// the IMT frameworks its definitions cite). The roadmap's entries are data, not references: they
// are listed, with their links, in the Bibliography.
export const REFERENCES: readonly OutlineReference[] = [
  {
    label: '[ITU-T A.8]',
    text: 'Recommendation ITU-T A.8, Alternative approval process for new and revised ITU-T Recommendations.',
    url: 'https://www.itu.int/rec/T-REC-A.8',
  },
  {
    label: '[ITU-T A.13]',
    text: 'Recommendation ITU-T A.13, Supplements to ITU-T Recommendations.',
    url: 'https://www.itu.int/rec/T-REC-A.13',
  },
  {
    label: '[ITU-R M.2083]',
    text: 'Recommendation ITU-R M.2083, IMT Vision – Framework and overall objectives of the future development of IMT for 2020 and beyond.',
    url: 'https://www.itu.int/rec/R-REC-M.2083',
  },
  {
    label: '[ITU-R M.2160]',
    text: 'Recommendation ITU-R M.2160, Framework and overall objectives of the future development of IMT for 2030 and beyond.',
    url: 'https://www.itu.int/rec/R-REC-M.2160',
  },
  {
    label: '[WTSA Res. 92]',
    text: 'WTSA Resolution 92 (Rev. New Delhi, 2024), Enhancing the standardization activities in the ITU Telecommunication Standardization Sector related to non-radio aspects of international mobile telecommunications.',
    url: 'https://www.itu.int/pub/T-RES-T.92',
  },
];

export const TERMS_DEFINED_ELSEWHERE = [
  {
    term: 'IMT-2020',
    source: '[ITU-R M.2083]',
    text: 'The international mobile telecommunications systems whose capabilities, usage scenarios and objectives for 2020 and beyond are set out in the source.',
  },
  {
    term: 'IMT-2030',
    source: '[ITU-R M.2160]',
    text: 'The international mobile telecommunications systems whose capabilities, usage scenarios and objectives for 2030 and beyond are set out in the source.',
  },
] as const;

export const TERM_WORK_ITEM = {
  term: 'work item',
  text: 'A document under development or published by a standards body (a Recommendation, Supplement, Technical Report or Paper, Technical Specification, RFC, Internet-Draft or similar), as listed in the roadmap.',
};

export const TERM_LIAISON = {
  term: 'liaison statement',
  text: 'A formal communication from a group of one standards body to groups of the same or another body.',
};

export const STAGE_DEFINITIONS: Record<Stage, string> = {
  PLANNED: 'Work agreed or proposed by the responsible group, on which drafting has not started.',
  DRAFTING: 'Work whose text is being developed by the responsible group.',
  UNDER_APPROVAL:
    'Work whose text is complete and in the approval process of its body (for example consented or determined in ITU-T, presented for approval in 3GPP, in IESG evaluation in the IETF).',
  APPROVED:
    'Work approved, agreed or published by its body, including 3GPP specifications under change control.',
  WITHDRAWN: 'Work discontinued before approval, or withdrawn after it.',
  SUPERSEDED: 'Work replaced by a later document, which the roadmap names where it is known.',
};

/** Abbreviations the document may use; listed in clause 4 only when its text does. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  AAP: 'Alternative Approval Process',
  AI: 'Artificial Intelligence',
  AN: 'Autonomous Networks',
  API: 'Application Programming Interface',
  DTN: 'Digital Twin Network',
  FG: 'Focus Group',
  GR: 'Group Report',
  GS: 'Group Specification',
  IESG: 'Internet Engineering Steering Group',
  IMT: 'International Mobile Telecommunications',
  IoT: 'Internet of Things',
  ISG: 'Industry Specification Group',
  JCA: 'Joint Coordination Activity',
  LS: 'Liaison Statement',
  MEC: 'Multi-access Edge Computing',
  ML: 'Machine Learning',
  NFV: 'Network Functions Virtualization',
  QoE: 'Quality of Experience',
  QoS: 'Quality of Service',
  RAN: 'Radio Access Network',
  RFC: 'Request for Comments',
  SDN: 'Software-Defined Networking',
  SDO: 'Standards Development Organization',
  SG: 'Study Group',
  TAP: 'Traditional Approval Process',
  TR: 'Technical Report',
  TS: 'Technical Specification',
  TSG: 'Technical Specification Group',
  WG: 'Working Group',
  WP: 'Working Party',
  WTSA: 'World Telecommunication Standardization Assembly',
};
