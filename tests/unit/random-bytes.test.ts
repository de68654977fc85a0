import { describe, expect, test } from 'vitest';
import { isReference, newReference } from '../../src/lib/enquiries/ids.server.ts';
import { isTrackingToken, newTrackingToken } from '../../src/lib/enquiries/tracking-token.server.ts';
import { secureRandomBytes } from '../../src/lib/security/random-bytes.server.ts';

describe('secureRandomBytes', () => {
  test('gives the size asked, in memory of its own (nothing else readable through .buffer)', () => {
    for (const size of [1, 10, 32, 4096, 5000]) {
      const bytes = secureRandomBytes(size);
      expect(bytes.length).toBe(size);
      expect(bytes.buffer.byteLength).toBe(size);
    }
  });

  test('never hands out the same bytes twice, also across refills of the pool', () => {
    const seen = new Set<string>();
    // 2,000 × 32 bytes spans about 16 pools.
    for (let i = 0; i < 2000; i++) seen.add(secureRandomBytes(32).toString('hex'));
    expect(seen.size).toBe(2000);
  });

  test('looks uniform: every byte value turns up, none far more often than the others', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 1000; i++) for (const b of secureRandomBytes(64)) counts[b] = (counts[b] ?? 0) + 1;
    // 64,000 bytes: 250 of each value expected; 400 is more than 9 standard deviations off.
    expect(Math.min(...counts)).toBeGreaterThan(100);
    expect(Math.max(...counts)).toBeLessThan(400);
  });

  test('references and tracking tokens drawn from it keep their shapes and do not repeat', () => {
    const references = Array.from({ length: 500 }, newReference);
    const tokens = Array.from({ length: 500 }, () => newTrackingToken().token);
    expect(references.every(isReference)).toBe(true);
    expect(tokens.every(isTrackingToken)).toBe(true);
    expect(new Set(references).size).toBe(500);
    expect(new Set(tokens).size).toBe(500);
  });
});
