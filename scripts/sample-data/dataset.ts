/**
 * Puts the named and invented producers together: slugs, product names, certificate histories,
 * protected names, and which products leave their English story out.
 */

import { producerSlug } from '../../src/lib/content/slugs.ts';
import { type Certificate, history, type Status } from './certificates.ts';
import { certificationsFor } from './certifications.ts';
import { inventedProducers } from './invented-producers.ts';
import { type Kind, kinds, type Text } from './kinds.ts';
import { fill, productSlug } from './names.ts';
import { chooseStatuses, planFor } from './plans.ts';
import { hash } from './random.ts';
import { realProducers } from './real-products.ts';
import type { ProducerSpec, ProductSpec } from './spec.ts';

/** Share of products whose story has no English, so the visible fallback is exercised. */
const NO_ENGLISH_SHARE = 0.1;

export interface ProductEntry {
  slug: string;
  name: Text;
  kind: Kind;
  spec: ProductSpec;
  producer: ProducerEntry;
  certificates: Certificate[];
  noEnglishStory: boolean;
}

export interface ProducerEntry {
  slug: string;
  spec: ProducerSpec;
  products: ProductEntry[];
}

function unique(slug: string, seen: Set<string>, what: string) {
  if (seen.has(slug)) throw new Error(`duplicate ${what} slug "${slug}"`);
  seen.add(slug);
}

export function buildDataset(): { producers: ProducerEntry[]; products: ProductEntry[] } {
  const producerSlugs = new Set<string>();
  const productSlugs = new Set<string>();
  const producers: ProducerEntry[] = [];
  const pending: { slug: string; name: Text; spec: ProductSpec; producer: ProducerEntry }[] = [];

  for (const base of [...realProducers, ...inventedProducers]) {
    // Named producers hold only the protected names and standards ocop.md gives them.
    const spec: ProducerSpec = {
      ...base,
      certifications: base.certifications ?? (base.real ? [] : certificationsFor(base)),
    };
    const slug = producerSlug(spec.name.vi);
    unique(slug, producerSlugs, 'producer');
    const producer: ProducerEntry = { slug, spec, products: [] };
    producers.push(producer);
    for (const p of spec.products) {
      const name = p.name ?? fill(kinds[p.kind].name, spec.brand);
      const productSlugValue = productSlug(name.vi);
      unique(productSlugValue, productSlugs, 'product');
      pending.push({ slug: productSlugValue, name, spec: p, producer });
    }
  }

  // Invented 3★ products without a plan are the pool for expired and revoked certificates.
  const pool = pending.filter(
    (e) => !e.producer.spec.real && !e.spec.plan && !e.spec.certificates && (e.spec.stars ?? 3) === 3,
  );
  const statuses = chooseStatuses(
    pool.map((e) => e.slug),
    pending.length,
  );

  const englishPool = pending
    .filter((e) => !e.producer.spec.real && !e.spec.featured)
    .map((e) => e.slug)
    .sort((a, b) => hash(`en:${a}`) - hash(`en:${b}`) || a.localeCompare(b));
  const noEnglish = new Set(englishPool.slice(0, Math.round(pending.length * NO_ENGLISH_SHARE)));

  const products = pending.map((e): ProductEntry => {
    const status: Status = statuses.get(e.slug) ?? 'valid';
    const certificates =
      e.spec.certificates ?? history(e.slug, e.producer.spec.area, e.spec.plan ?? planFor(e.slug, status));
    const last = certificates[certificates.length - 1];
    const stars = e.spec.stars ?? 3;
    if (last?.stars !== stars)
      throw new Error(`${e.slug}: current certificate has ${last?.stars}★, spec says ${stars}★`);
    const entry: ProductEntry = {
      slug: e.slug,
      name: e.name,
      kind: kinds[e.spec.kind],
      spec: e.spec,
      producer: e.producer,
      certificates,
      noEnglishStory: noEnglish.has(e.slug) || Boolean(e.spec.noEnglishStory),
    };
    e.producer.products.push(entry);
    return entry;
  });
  // A producer exists before its first certificate: an invented founding year after it moves back.
  for (const producer of producers) {
    const firstYear = Math.min(
      ...producer.products.map((p) => Number(p.certificates[0]?.decisionDate.slice(0, 4))),
    );
    if (producer.spec.founded >= firstYear) {
      if (producer.spec.real)
        throw new Error(`${producer.slug}: founded ${producer.spec.founded}, certified ${firstYear}`);
      producer.spec.founded = firstYear - 1 - (hash(`founded:${producer.slug}`) % 4);
    }
  }
  return { producers, products };
}
