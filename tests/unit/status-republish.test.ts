import { describe, expect, it } from 'vitest';
import {
  type ServerCatalogue,
  type ServerCertificate,
  statusesChangedSinceBuild,
} from '../../src/lib/content/server-catalogue.ts';
import { staleBecause, statusRepublishJob } from '../../src/server/jobs/status-republish.ts';

const certificate = (expiresOn: string, revokedOn?: string) =>
  ({
    expiresOn,
    ...(revokedOn ? { revoked: { date: revokedOn, decision: 'QĐ 9/QĐ-UBND' } } : {}),
  }) as ServerCertificate;

const catalogue = (builtFor: string, products: Record<string, ServerCertificate[]>) =>
  ({
    builtFor,
    products: Object.entries(products).map(([slug, certificates]) => ({ slug, certificates })),
  }) as unknown as ServerCatalogue;

// Built on 1 March 2026: "a" expires on 1 June (expiring from 3 March), "b" is revoked on 10 March,
// "c" was renewed and its current certificate runs to 2029 (its old one ended long ago).
const built = catalogue('2026-03-01', {
  a: [certificate('2026-06-01')],
  b: [certificate('2027-01-01', '2026-03-10')],
  c: [certificate('2025-01-01'), certificate('2029-01-01')],
});

describe('statuses changed since the build', () => {
  it('finds none on the build day and until a status changes', () => {
    expect(statusesChangedSinceBuild(built, '2026-03-01')).toEqual([]);
    expect(statusesChangedSinceBuild(built, '2026-03-02')).toEqual([]);
  });

  it('finds a product entering its 90 days of "expiring", a revocation taking effect and an expiry', () => {
    expect(statusesChangedSinceBuild(built, '2026-03-03')).toEqual(['a']);
    expect(statusesChangedSinceBuild(built, '2026-03-10')).toEqual(['a', 'b']);
    expect(statusesChangedSinceBuild(built, '2026-06-01')).toEqual(['a', 'b']);
  });

  it('judges the current certificate only', () => {
    expect(statusesChangedSinceBuild(built, '2026-03-10')).not.toContain('c');
  });
});

describe('the status-republish job', () => {
  const job = (today: string, published: string[]) =>
    statusRepublishJob({
      catalogue: () => built,
      today: () => today,
      day: () => today,
      publish: async () => {
        published.push(today);
        return `release-${today}`;
      },
    });

  it('publishes when a status changed, and says why', async () => {
    const published: string[] = [];
    const outcome = await job('2026-03-10', published).run(new Date());
    expect(published).toEqual(['2026-03-10']);
    expect(outcome).toBe(`${staleBecause(built, '2026-03-10')}: published release-2026-03-10`);
    expect(outcome).toContain('2 certificate statuses changed between 2026-03-01 and 2026-03-10 (a, b)');
  });

  it('does nothing while the statuses the build shows still hold', async () => {
    const published: string[] = [];
    expect(await job('2026-03-02', published).run(new Date())).toBe(
      'statuses as built for 2026-03-01 still hold',
    );
    expect(published).toEqual([]);
  });
});
