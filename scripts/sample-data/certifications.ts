/**
 * Certifications of the invented products, true by construction: every geographical indication
 * and collective mark of content/protected-names.json that covers the product (its kind and its
 * producer's place, by the site's own rule), and VietGAP / organic PGS on some crops (illustrative).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { coversKind, coversPlace } from '../../src/lib/content/certifications.ts';
import { readKnownIds } from '../../src/lib/content/content-ids.ts';
import type { Certification } from '../../src/lib/content/schemas/certification.ts';
import { type ProtectedName, protectedNameSchema } from '../../src/lib/content/schemas/protected-name.ts';
import { area } from './areas.ts';
import type { Kind, KindKey, Text } from './kinds.ts';
import { random } from './random.ts';
import type { ProducerSpec } from './spec.ts';

/** The protected names as the build reads them (defaults filled in), by id. */
export const protectedNames: ReadonlyMap<string, ProtectedName> = new Map(
  z
    .array(protectedNameSchema(readKnownIds()))
    .parse(JSON.parse(readFileSync('content/protected-names.json', 'utf8')))
    .map((p) => [p.id, p]),
);

/** Crops sold as grown, the products a farming standard certifies. */
const CROPS = new Set<KindKey>([
  'quyt',
  'cam',
  'hong',
  'che-shan',
  'gao-bao-thai',
  'gao-nep',
  'gao-nep-knl',
  'rau-bo-khai',
  'bi-xanh',
]);

export function certificationsFor(
  slug: string,
  product: { name: Text; kind: KindKey; group: Kind['group'] },
  producer: ProducerSpec,
): Certification[] {
  const where = area(producer.area);
  const marks = [...protectedNames.values()]
    .filter(
      (mark) => coversKind(mark, { name: product.name, group: product.group }) && coversPlace(mark, where),
    )
    .map((mark): Certification => ({ kind: mark.kind, protectedName: mark.id }));
  if (!CROPS.has(product.kind)) return marks;
  const rng = random(`standards:${slug}`);
  const since = (from: number) =>
    `${rng.int(Math.max(from, producer.founded + 1), 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const standards: Certification[] = [];
  if (rng.chance(0.45)) standards.push({ kind: 'vietgap', since: since(2017) });
  if (rng.chance(0.15)) standards.push({ kind: 'organic-pgs', since: since(2019) });
  return [...marks, ...standards];
}
