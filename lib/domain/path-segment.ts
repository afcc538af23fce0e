/**
 * A path segment as typed. Next.js has usually decoded it already; a second decoding of text that
 * contains "%" (or a malformed escape such as "%E0") would throw, so such text is taken literally.
 * Identifiers and references cannot contain "%", so a literal one simply finds nothing (404).
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
