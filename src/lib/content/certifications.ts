/**
 * The rule that keeps claims true: a geographical indication or collective mark is on a product
 * only if it protects that kind of product from the producer's place. Pure functions, used by the
 * catalogue (the build stops on a broken claim), the sample-data generator and the tests.
 */
import { formerLocation } from '../format/location.ts';
import type { Place } from './place.ts';
import {
  type Certification,
  isProtectedNameKind,
  type ProtectedNameKind,
  type standardKinds,
} from './schemas/certification.ts';
import type { LocalizedText } from './schemas/localized.ts';
import type { ProtectedName } from './schemas/protected-name.ts';

/** What the rule reads of a product: its names and QĐ 148 sub-group. */
export interface ClaimingProduct {
  name: LocalizedText;
  group: string;
}

/** A certification with its protected name looked up, as pages show it. */
export type ProductCertification =
  | { kind: (typeof standardKinds)[number]; since?: string }
  | { kind: ProtectedNameKind; since?: string; protectedName: ProtectedName };

const words = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).join(' ');

/** The product is in a covered sub-group and its Vietnamese name starts with the covered kind's words. */
export function coversKind(mark: ProtectedName, product: ClaimingProduct): boolean {
  const name = words(product.name.vi);
  return mark.covers.some((kind) => {
    const kindName = words(kind.name.vi);
    return kind.group === product.group && (name === kindName || name.startsWith(`${kindName} `));
  });
}

/**
 * The producer's former commune, or its whole former district, is in the protected area (a place
 * whose former commune is not known yet cannot be shown to be).
 */
export const coversPlace = (mark: ProtectedName, place: Place): boolean =>
  (place.id !== undefined && mark.where.formerCommunes.includes(place.id)) ||
  (place.formerDistrictSlug !== undefined && mark.where.formerDistricts.includes(place.formerDistrictSlug));

const kindWords: Record<ProtectedNameKind, string> = {
  'geographical-indication': 'a geographical indication',
  'collective-mark': 'a collective mark',
};

/**
 * Why a product, whose producer is in `area`, may not carry `mark` as a certification of `kind`,
 * in words for a content editor; undefined when it may.
 */
export function certificationProblem(
  kind: ProtectedNameKind,
  mark: ProtectedName,
  product: ClaimingProduct,
  area: Place,
): string | undefined {
  const named = `"${mark.name.vi}"`;
  if (mark.kind !== kind)
    return `${named} is ${kindWords[mark.kind]}, not ${kindWords[kind]}: write "kind": "${mark.kind}"`;
  if (!coversKind(mark, product)) {
    const kinds = mark.covers.map((k) => `${k.name.vi} (${k.group})`).join(', ');
    return (
      `${named} protects only ${kinds}; "${product.name.vi}" (${product.group}) is not of that kind. ` +
      `Remove it from this product, or add the product's kind to "covers" of "${mark.id}" in content/protected-names.json if the protection really includes it`
    );
  }
  if (!coversPlace(mark, area))
    return (
      `${named} protects only products from the places under "where" of "${mark.id}" in content/protected-names.json; ` +
      `this product's producer is in ${formerLocation(area, 'vi')}. Remove it from this product, or correct the producer's address`
    );
  return undefined;
}

/**
 * A product's certifications with their protected names looked up, and every claim that breaks
 * the rule as "certifications[i]: why" (the schemas have already checked that each id exists).
 */
export function resolveCertifications(
  product: ClaimingProduct & { certifications: readonly Certification[] },
  area: Place,
  protectedNames: ReadonlyMap<string, ProtectedName>,
): { certifications: ProductCertification[]; problems: string[] } {
  const problems: string[] = [];
  const certifications = product.certifications.map((c, i): ProductCertification => {
    const since = c.since ? { since: c.since } : {};
    if (!isProtectedNameKind(c.kind)) return { kind: c.kind, ...since };
    const mark = protectedNames.get(c.protectedName ?? '');
    // The schema checked the id: a miss here is a bug, not bad content.
    if (!mark) throw new Error(`unknown protected name "${c.protectedName}"`);
    const problem = certificationProblem(c.kind, mark, product, area);
    if (problem) problems.push(`certifications[${i}]: ${problem}`);
    return { kind: c.kind, protectedName: mark, ...since };
  });
  return { certifications, problems };
}
