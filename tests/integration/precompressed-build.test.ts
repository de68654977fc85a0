/**
 * The last build's precompressed files (src/integrations/precompress.ts): pages are compressed
 * while they render and everything else after the build, and either way each .br and .gz must
 * hold exactly the file beside it, for every file the server may send compressed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressible } from '../../src/server/http/static-files.ts';

const client = join(process.cwd(), 'dist', 'client');
const files = readdirSync(client, { recursive: true, encoding: 'utf8' }).map((f) => join(client, f));

describe('precompressed build', () => {
  it('has a .br and a .gz with the same bytes beside every compressible file of 1 kB or more', () => {
    const due = files.filter((f) => compressible.test(f) && statSync(f).size >= 1024);
    expect(due.filter((f) => f.endsWith('index.html')).length).toBeGreaterThan(100);
    const wrong = due.filter((f) => {
      if (!existsSync(`${f}.br`) || !existsSync(`${f}.gz`)) return true;
      const original = readFileSync(f);
      return (
        !brotliDecompressSync(readFileSync(`${f}.br`)).equals(original) ||
        !gunzipSync(readFileSync(`${f}.gz`)).equals(original)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('leaves no compressed file without its original (e.g. of a file moved out of the client folder)', () => {
    const orphans = files.filter((f) => /\.(br|gz)$/.test(f) && !existsSync(f.slice(0, -3)));
    expect(orphans).toEqual([]);
  });
});
