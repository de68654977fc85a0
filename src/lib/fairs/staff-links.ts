import { fairText } from '../i18n/fairs.ts';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../paths.ts';
import { type PrintKind, printDocuments } from './print-documents.ts';

/** What booth staff open for a fair: the kiosk screen and the print pages, named in `locale`. */
export function fairStaffLinks(fair: string, locale: Locale): { href: string; label: string }[] {
  const text = fairText[locale];
  const printLabels: Record<PrintKind, string> = {
    cards: text.printCards,
    labels: text.printLabels,
    catalogue: text.printCatalogue,
  };
  return [
    { href: paths.kiosk(fair), label: text.kiosk },
    ...printDocuments.map((doc) => ({ href: doc.path(fair), label: printLabels[doc.kind] })),
  ];
}
