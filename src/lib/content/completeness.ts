/**
 * What an entry still lacks: a product or producer added from a decision's annex has only what
 * the row says. Pages flag these as "to complete", and the importer lists them in its plan.
 * Works on entries as the schemas parse them and as the files hold them (defaults not filled).
 */

export const productGaps = ['story', 'photos', 'packSizes', 'trade'] as const;
export type ProductGap = (typeof productGaps)[number];

export const producerGaps = ['story', 'founded', 'contacts', 'formerCommune'] as const;
export type ProducerGap = (typeof producerGaps)[number];

const empty = (list: readonly unknown[] | undefined) => !list || list.length === 0;

export function productToComplete(product: {
  story?: unknown;
  photos?: readonly unknown[] | undefined;
  packSizes?: readonly unknown[] | undefined;
  trade?: unknown;
}): ProductGap[] {
  const missing: Record<ProductGap, boolean> = {
    story: !product.story,
    photos: empty(product.photos),
    packSizes: empty(product.packSizes),
    trade: !product.trade,
  };
  return productGaps.filter((gap) => missing[gap]);
}

export function producerToComplete(producer: {
  story?: unknown;
  founded?: unknown;
  contacts?: unknown;
  address: { area?: string | undefined };
}): ProducerGap[] {
  const missing: Record<ProducerGap, boolean> = {
    story: !producer.story,
    founded: producer.founded === undefined,
    contacts: !producer.contacts,
    formerCommune: !producer.address.area,
  };
  return producerGaps.filter((gap) => missing[gap]);
}
