// Display names and URL slugs of the closed sets of the data model. URL values are lowercase
// kebab-case ("under-approval", "3gpp-ts", "imt-2030") so that shared links read well.

export const GENERATIONS = ['IMT2020', 'IMT2030', 'BOTH'] as const;
export type Generation = (typeof GENERATIONS)[number];
export const GENERATION_LABELS: Record<Generation, string> = {
  IMT2020: 'IMT-2020',
  IMT2030: 'IMT-2030',
  BOTH: 'IMT-2020 and IMT-2030',
};

export const DOCUMENT_KINDS = [
  'ITU_RECOMMENDATION',
  'ITU_SUPPLEMENT',
  'ITU_TECHNICAL_REPORT',
  'ITU_TECHNICAL_PAPER',
  'THREEGPP_TS',
  'THREEGPP_TR',
  'IETF_RFC',
  'IETF_INTERNET_DRAFT',
  'ETSI_GS',
  'ETSI_GR',
  'ETSI_TS',
  'IEEE_STANDARD',
  'BBF_TR',
  'ORAN_SPECIFICATION',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const KIND_LABELS: Record<DocumentKind, string> = {
  ITU_RECOMMENDATION: 'ITU Recommendation',
  ITU_SUPPLEMENT: 'ITU Supplement',
  ITU_TECHNICAL_REPORT: 'ITU Technical Report',
  ITU_TECHNICAL_PAPER: 'ITU Technical Paper',
  THREEGPP_TS: '3GPP Technical Specification',
  THREEGPP_TR: '3GPP Technical Report',
  IETF_RFC: 'IETF RFC',
  IETF_INTERNET_DRAFT: 'IETF Internet-Draft',
  ETSI_GS: 'ETSI Group Specification',
  ETSI_GR: 'ETSI Group Report',
  ETSI_TS: 'ETSI Technical Specification',
  IEEE_STANDARD: 'IEEE Standard',
  BBF_TR: 'BBF Technical Report',
  ORAN_SPECIFICATION: 'O-RAN Specification',
  OTHER: 'Other',
};

export const RELATION_LABELS = {
  EQUIVALENT: { forward: 'Equivalent to (common text)', backward: 'Equivalent to (common text)' },
  ALIGNED_WITH: { forward: 'Aligned with', backward: 'Aligned with' },
  BASED_ON: { forward: 'Based on', backward: 'Basis of' },
  REFERENCES: { forward: 'References', backward: 'Referenced by' },
  SUPERSEDES: { forward: 'Supersedes', backward: 'Superseded by' },
} as const;

export const LIAISON_PURPOSE_LABELS = {
  FOR_ACTION: 'For action',
  FOR_COMMENT: 'For comment',
  FOR_INFORMATION: 'For information',
  REPLY: 'Reply',
} as const;

export const LIAISON_STATE_LABELS = { OPEN: 'Open', REPLIED: 'Replied', CLOSED: 'Closed' } as const;

/** "UNDER_APPROVAL" -> "under-approval", "THREEGPP_TS" -> "3gpp-ts", "IMT2030" -> "imt-2030". */
export function toSlug(code: string): string {
  return code
    .toLowerCase()
    .replace(/^threegpp/, '3gpp')
    .replace(/^imt(\d{4})$/, 'imt-$1')
    .replace(/_/g, '-');
}

/** The code of `slug` among `codes`, or undefined. Case-insensitive; accepts the code itself too. */
export function fromSlug<T extends string>(codes: readonly T[], slug: string): T | undefined {
  const wanted = slug.trim().toLowerCase();
  return codes.find((code) => toSlug(code) === wanted || code.toLowerCase() === wanted);
}
