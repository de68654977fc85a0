/** A decision's certificate added to a product's history: order, kind, and what the plan calls it. */
import { describe, expect, it } from 'vitest';
import type { CertificateFile } from '../../src/lib/registry/content-snapshot.ts';
import { addCertificate } from '../../src/lib/registry/history.ts';

const certificate = (stars: number, score: number, decision: string, decisionDate: string) => ({
  stars,
  score,
  decision,
  decisionDate,
  issuedBy: 'UBND tỉnh Bắc Kạn',
  criteria: decisionDate >= '2023-02-24' ? ('QD148' as const) : ('QD1048' as const),
});

const history: CertificateFile[] = [
  { ...certificate(3, 61, '1829/QĐ-UBND', '2018-11-24'), kind: 'new' },
  { ...certificate(3, 61, '1576/QĐ-UBND', '2021-11-16'), kind: 'reissued' },
];

describe('adding a certificate', () => {
  it('appends a later one of the same stars: re-rated while the last was valid, renewed after it ran out', () => {
    const rerated = addCertificate(history, certificate(3, 64, '10/QĐ-UBND', '2024-01-10'));
    expect(rerated).toMatchObject({ kind: 'added', change: 're-rated', previous: history[1] });
    const renewed = addCertificate(history, certificate(3, 64, '10/QĐ-UBND', '2025-03-01'));
    expect(renewed).toMatchObject({ kind: 'added', change: 'renewed' });
    if (renewed.kind !== 'added') throw new Error('not added');
    expect(renewed.certificates.at(-1)).toEqual({
      ...certificate(3, 64, '10/QĐ-UBND', '2025-03-01'),
      kind: 'reissued',
    });
  });

  it('takes the kind from the stars: upgraded, downgraded', () => {
    expect(addCertificate(history, certificate(4, 72, '10/QĐ-UBND', '2024-01-10'))).toMatchObject({
      change: 'upgraded',
      certificates: [{}, {}, { kind: 'upgraded' }],
    });
    expect(
      addCertificate(
        [{ ...certificate(4, 72, '1/QĐ-UBND', '2020-01-10'), kind: 'new' }],
        certificate(3, 60, '2/QĐ-UBND', '2023-01-10'),
      ),
    ).toMatchObject({ change: 'downgraded', certificates: [{}, { kind: 'downgraded' }] });
  });

  it('goes in date order, and the one after it is relabelled from its new predecessor', () => {
    const update = addCertificate(history, certificate(4, 75, '900/QĐ-UBND', '2020-05-05'));
    expect(update).toMatchObject({
      kind: 'added',
      change: 'upgraded',
      relabelled: { decision: '1576/QĐ-UBND', kind: 'downgraded' },
    });
    if (update.kind !== 'added') throw new Error('not added');
    expect(update.certificates.map((c) => [c.decision, c.kind])).toEqual([
      ['1829/QĐ-UBND', 'new'],
      ['900/QĐ-UBND', 'upgraded'],
      ['1576/QĐ-UBND', 'downgraded'],
    ]);
  });

  it('puts a decision older than all the product holds first', () => {
    const update = addCertificate(history, certificate(3, 55, '5/QĐ-UBND', '2017-03-01'));
    expect(update).toMatchObject({ kind: 'added', change: 'earlier' });
    if (update.kind !== 'added') throw new Error('not added');
    expect(update.certificates.map((c) => c.kind)).toEqual(['new', 'reissued', 'reissued']);
  });

  it('adds a decision once: the same again is present, another score or date is a conflict', () => {
    expect(addCertificate(history, certificate(3, 61, '1576 / qđ-ubnd', '2021-11-16'))).toEqual({
      kind: 'present',
    });
    expect(addCertificate(history, certificate(3, 62, '1576/QĐ-UBND', '2021-11-16'))).toEqual({
      kind: 'conflict',
      present: history[1],
    });
  });
});
