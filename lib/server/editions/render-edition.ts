import 'server-only';
import { XLSX_TYPE } from '../spreadsheet';
import { editionOutline, type EditionDocument } from './edition-document';
import { renderDocx } from './render-docx';
import { renderJson } from './render-json';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

// The four documents of an edition, made from its snapshot: rendered once when an edition is
// published (and stored with it), live for a draft.

export const EDITION_FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_TYPE,
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
} as const;
export type EditionFormat = keyof typeof EDITION_FORMATS;
export const EDITION_FORMAT_NAMES = Object.keys(EDITION_FORMATS) as EditionFormat[];

/** `origin` makes the JSON's `$schema` an absolute address (else the path). */
export function renderEditionFile(
  document: EditionDocument,
  format: EditionFormat,
  origin?: string,
): Promise<Buffer> {
  const { edition, previous, changes } = document;
  switch (format) {
    case 'json':
      return Promise.resolve(renderJson(edition.snapshot, origin));
    case 'xlsx':
      return renderXlsx({ snapshot: edition.snapshot, changes, previous });
    case 'docx':
      return renderDocx(editionOutline(document));
    case 'pdf':
      return renderPdf(editionOutline(document));
  }
}
