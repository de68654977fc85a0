/**
 * What the office has to check or complete, from the server catalogue: entries the importer
 * created that still lack a story, photos or trade data, and contacts and trade data nobody has
 * confirmed with the producer for 12 months (or ever).
 */
import { confirmationDue } from '../content/confirmation.ts';
import type { ServerCatalogue, ServerProducer, ServerProduct } from '../content/server-catalogue.ts';

export function entriesToComplete(catalogue: ServerCatalogue): {
  products: ServerProduct[];
  producers: ServerProducer[];
} {
  return {
    products: catalogue.products.filter((p) => p.toComplete.length > 0),
    producers: catalogue.producers.filter((p) => p.toComplete.length > 0),
  };
}

export interface DueConfirmation<T> {
  entry: T;
  /** Undefined: never confirmed. */
  confirmedOn: string | undefined;
}

/** Never confirmed first, then the oldest confirmation first. */
const byAge = <T>(list: DueConfirmation<T>[]) =>
  list.sort((a, b) => (a.confirmedOn ?? '').localeCompare(b.confirmedOn ?? ''));

const due = (confirmedOn: string | undefined, today: string) =>
  confirmedOn === undefined || confirmationDue(confirmedOn, today);

/**
 * Producer contacts and product trade data due for a check on `today`. Only facts that are there:
 * missing contacts or trade data are for the "to complete" list.
 */
export function confirmationsDue(
  catalogue: ServerCatalogue,
  today: string,
): { producers: DueConfirmation<ServerProducer>[]; products: DueConfirmation<ServerProduct>[] } {
  return {
    producers: byAge(
      catalogue.producers
        .filter((p) => !p.toComplete.includes('contacts') && due(p.contacts.confirmedOn, today))
        .map((entry) => ({ entry, confirmedOn: entry.contacts.confirmedOn })),
    ),
    products: byAge(
      catalogue.products
        .filter((p) => !p.toComplete.includes('trade') && due(p.tradeConfirmedOn, today))
        .map((entry) => ({ entry, confirmedOn: entry.tradeConfirmedOn })),
    ),
  };
}
