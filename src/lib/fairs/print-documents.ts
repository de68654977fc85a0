import { paths } from '../paths.ts';

/** The print pages of a fair and the PDF file each becomes (`npm run print -- <fair>`). */
export const printDocuments = [
  { kind: 'cards', path: paths.fairCards, file: 'the-san-pham-a6.pdf' },
  { kind: 'labels', path: paths.fairLabels, file: 'nhan-ke-a4.pdf' },
  { kind: 'catalogue', path: paths.fairCatalogue, file: 'danh-muc-a4.pdf' },
] as const;

export type PrintKind = (typeof printDocuments)[number]['kind'];
