/** One product as content/products/<slug>.json: the schema's fields in a stable order. */
import { area } from './areas.ts';
import { companyShop, lakePoint, marketplaces, ocopPoints } from './channels.ts';
import { confirmedOn } from './confirmations.ts';
import type { ProductEntry } from './dataset.ts';
import { type Picture, photoJson, productPictures } from './photos.ts';
import { productStory } from './prose.ts';
import { random } from './random.ts';
import type { Outlet } from './spec.ts';

const roundPrice = (n: number) => (n < 50000 ? Math.round(n / 1000) * 1000 : Math.round(n / 5000) * 5000);

function amount(rng: ReturnType<typeof random>, min: number, max: number): number {
  const n = min + rng.next() * (max - min);
  if (n < 10) return Math.round(n * 10) / 10;
  if (n < 1000) return Math.round(n / 5) * 5;
  return Math.round(n / 500) * 500;
}

function outlets(entry: ProductEntry, rng: ReturnType<typeof random>): Outlet[] {
  const producer = entry.producer.spec;
  const a = area(producer.area);
  const shop: Outlet = {
    kind: 'shop',
    name: producer.name.vi,
    address: `${producer.street}, ${a.newKind} ${a.newUnit}`,
  };
  if (entry.kind.group === 'VI') return [shop];
  const list: Outlet[] = [...(entry.spec.outlets ?? [])];
  if (rng.chance(0.85)) list.push(ocopPoints[a.formerDistrictSlug]);
  if (a.formerDistrictSlug === 'ba-be' && rng.chance(0.5)) list.push(lakePoint);
  const perishable = entry.kind.storage?.en.startsWith('Refrigerate') || entry.kind.group.startsWith('V');
  if (!perishable) {
    if (rng.chance(0.45)) list.push(marketplaces[0] as Outlet);
    if (rng.chance(0.35)) list.push(marketplaces[1] as Outlet);
    if (producer.type === 'doanh-nghiep') list.push(companyShop(entry.producer.slug, entry.slug));
  }
  if (rng.chance(0.4) || list.length === 0) list.push(shop);
  return list;
}

export function productJson(entry: ProductEntry): { json: object; pictures: Picture[] } {
  const rng = random(`product:${entry.slug}`);
  const { kind, spec, name } = entry;
  const story = productStory(spec, kind, name, entry.producer.spec, entry.certifications);
  const factor = 0.9 + rng.next() * 0.2;
  const min = roundPrice(kind.price.min * factor);
  const max = Math.max(min, roundPrice(kind.price.max * factor));
  const tourism = kind.group === 'VI';
  const fresh = kind.group === 'I.1.a' || kind.group === 'I.1.b';
  const pictures = productPictures(
    entry.slug,
    name,
    kind.picture,
    kind.motif,
    kind.hue,
    Boolean(spec.featured) || rng.chance(0.3),
  );
  const json = {
    name,
    producer: entry.producer.slug,
    group: kind.group,
    certificates: entry.certificates,
    ...(entry.certifications.length > 0 ? { certifications: entry.certifications } : {}),
    story,
    ingredients: kind.ingredients,
    packSizes: kind.packs,
    ...(kind.shelfLifeMonths ? { shelfLifeMonths: kind.shelfLifeMonths } : {}),
    ...(kind.storage ? { storage: kind.storage } : {}),
    ...(kind.hsCode ? { hsCode: kind.hsCode } : {}),
    price: { min, max, per: kind.price.per, ...(kind.price.measure ? { measure: kind.price.measure } : {}) },
    trade: {
      capacityPerYear: spec.capacity ?? {
        amount: amount(rng, kind.capacity.min, kind.capacity.max),
        unit: kind.capacity.unit,
      },
      ...(kind.minimumOrder ? { minimumOrder: kind.minimumOrder } : {}),
      leadTimeDays: tourism ? 2 : fresh ? rng.int(2, 7) : rng.int(5, 21),
      samples: !tourism && rng.chance(0.75),
      exportMarkets: spec.exportMarkets ?? [],
      confirmedOn: confirmedOn(`trade:${entry.slug}`),
    },
    ...(kind.season ? { season: kind.season } : {}),
    whereToBuy: outlets(entry, rng),
    photos: pictures.map(photoJson),
    featured: Boolean(spec.featured),
  };
  return { json, pictures };
}
