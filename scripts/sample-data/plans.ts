/**
 * Chooses, for the invented 3★ products, how their certificates turn out so the dataset looks
 * like the province: about 22% expired as of TODAY, two revoked, the rest valid; first grading
 * years spread from the 2018 round to 2025.
 */
import { addMonths, type Plan, type Status } from './certificates.ts';
import { hash, random } from './random.ts';

export const EXPIRED_SHARE = 0.22;
export const REVOKED = 2;

/** Which of the candidate slugs are expired or revoked: a stable, seeded pick. */
export function chooseStatuses(candidates: string[], total: number): Map<string, Status> {
  const order = [...candidates].sort(
    (a, b) => hash(`status:${a}`) - hash(`status:${b}`) || a.localeCompare(b),
  );
  const expired = Math.round(total * EXPIRED_SHARE);
  if (order.length < expired + REVOKED) throw new Error('not enough invented 3★ products to expire');
  return new Map(
    order.map((slug, i) => [slug, i < expired ? 'expired' : i < expired + REVOKED ? 'revoked' : 'valid']),
  );
}

const monthBetween = (rng: ReturnType<typeof random>, from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return addMonths(from, rng.int(0, ty * 12 + tm - (fy * 12 + fm)));
};

/** A plan for a 3★ product with the chosen status. */
export function planFor(slug: string, status: Status): Plan {
  const rng = random(`plan:${slug}`);
  if (status === 'expired') {
    const first = monthBetween(rng, '2018-10', '2023-09');
    const reissuedOnce = addMonths(first, 38) <= '2023-10' && rng.chance(0.5);
    return { first, stars: 3, status, count: reissuedOnce ? 2 : 1 };
  }
  const generation = rng.next();
  const first =
    generation < 0.4
      ? monthBetween(rng, '2023-12', '2025-11')
      : generation < 0.75
        ? monthBetween(rng, '2020-12', '2022-09')
        : monthBetween(rng, '2018-10', '2019-09');
  return { first, stars: 3, status };
}
