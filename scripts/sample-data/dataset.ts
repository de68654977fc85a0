/**
 * Puts the named and invented producers together: slugs, product names, certificate histories
 * and the certifications (protected names, farming standards) of each product.
 */

import type { Certification } from '../../src/lib/content/schemas/certification.ts';
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

export interface ProductEntry {
  slug: string;
  name: Text;
  kind: Kind;
  spec: ProductSpec;
  producer: ProducerEntry;
  certificates: Certificate[];
  certifications: Certification[];
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
    // A copy: an invented founding year may move back below.
    const spec: ProducerSpec = { ...base };
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

  const products = pending.map((e): ProductEntry => {
    const status: Status = statuses.get(e.slug) ?? 'valid';
    const certificates =
      e.spec.certificates ?? history(e.slug, e.producer.spec.area, e.spec.plan ?? planFor(e.slug, status));
    const last = certificates[certificates.length - 1];
    const stars = e.spec.stars ?? 3;
    if (last?.stars !== stars)
      throw new Error(`${e.slug}: current certificate has ${last?.stars}★, spec says ${stars}★`);
    const kind = kinds[e.spec.kind];
    // Named products hold only the protected names and standards ocop.md gives them.
    const certifications =
      e.spec.certifications ??
      (e.producer.spec.real
        ? []
        : certificationsFor(e.slug, { name: e.name, kind: e.spec.kind, group: kind.group }, e.producer.spec));
    const entry: ProductEntry = {
      slug: e.slug,
      name: e.name,
      kind,
      spec: e.spec,
      producer: e.producer,
      certificates,
      certifications,
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
