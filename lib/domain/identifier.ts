// Work item identifiers as the bodies write them, and how a search text relates to them.
//   ITU-T: "Y.3101", "G.8300", "X.1811", "Q.5001", "Y.Sup55", working names "Y.IMT2030-arch"
//   3GPP: "TS 23.501", "TR 22.870"      IETF: "RFC 9543", "draft-ietf-teas-ietf-network-slices"
//   ETSI: "GS ZSM 002"                  O-RAN: "O-RAN.WG1.OAD"

export type IdentifierScheme = 'itu' | '3gpp' | 'ietf-rfc' | 'ietf-draft' | 'etsi' | 'other';

export interface ParsedIdentifier {
  scheme: IdentifierScheme;
  /** The part people search by: "Y.3101", "23.501", "9543", "draft-ietf-teas-...". */
  core: string;
}

const PATTERNS: [IdentifierScheme, RegExp][] = [
  ['3gpp', /^(?:3GPP\s+)?(?:TS|TR)\s*(\d{2}\.\d{3}(?:-\d+)?)$/i],
  ['ietf-rfc', /^RFC\s*(\d{1,5})$/i],
  ['ietf-draft', /^(draft-[a-z0-9-]+?)(?:-\d{2})?$/i],
  ['itu', /^(?:ITU-T\s+)?([A-Z]\.[A-Za-z0-9][A-Za-z0-9.\-]*)$/],
  ['etsi', /^(?:ETSI\s+)?((?:GS|GR|TS|TR|EN|ES)\s+[A-Z0-9-]+(?:\s+[0-9-]+)*)$/i],
];

export function parseIdentifier(text: string): ParsedIdentifier {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const [scheme, pattern] of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match?.[1]) return { scheme, core: match[1] };
  }
  return { scheme: 'other', core: trimmed };
}

/**
 * Whether a search text looks like (part of) an identifier rather than words: "Y.3101",
 * "23.501", "RFC 9543", "draft-ietf-teas", "G.83". Such searches rank identifier matches first.
 */
export function looksLikeIdentifier(query: string): boolean {
  const q = query.trim();
  if (q.length === 0 || q.length > 80) return false;
  if (/^[A-Z]\.[A-Za-z0-9]/.test(q)) return true;
  if (/^\d+(\.\d*)?$/.test(q)) return true;
  if (/^(TS|TR|RFC|GS|GR)\s*\d/i.test(q)) return true;
  return /^draft-/i.test(q);
}

/** The text searched against identifiers: the core of an identifier-like query ("RFC 9543" -> "9543"). */
export function identifierSearchText(query: string): string {
  const parsed = parseIdentifier(query);
  return parsed.scheme === 'other' ? query.trim() : parsed.core;
}

/** Rules for an identifier to serve as a permalink (the database checks the same). */
export function identifierProblem(identifier: string): string | null {
  if (identifier.length === 0) return 'is empty';
  if (identifier.length > 120) return 'is longer than 120 characters';
  if (identifier !== identifier.trim()) return 'starts or ends with a space';
  if (/[\u0000-\u001f\u007f]/.test(identifier)) return 'contains a control character';
  if (/[/?#%\\]/.test(identifier)) return 'contains one of / ? # % \\';
  return null;
}
