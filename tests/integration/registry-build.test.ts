/**
 * The build after the two example annexes are imported one after the other: one real
 * `astro build` of a temporary copy of the project (its node_modules linked), then the pages a
 * buyer would open, in both languages. The build is the check that the written files pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, NOVEMBER_2022, OCTOBER_2026, TODAY } from '../support/registry.ts';

let project: string;
const page = (path: string) => readFileSync(join(project, 'dist/client', path, 'index.html'), 'utf8');
/** A page's words, tags dropped. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'ocop-import-build-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(entry, join(project, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  const env = { ...process.env, OCOP_TODAY: TODAY };
  for (const annex of [NOVEMBER_2022, OCTOBER_2026]) {
    const run = spawnSync(
      process.execPath,
      ['scripts/import.ts', join(FIXTURES, annex), '--content', join(project, 'content')],
      { encoding: 'utf8', env },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }
  // Open Graph cards are left out: they draw no content field the import adds or leaves out.
  // Under the lock publishes take (src/server/publish/publish.ts): the copy shares node_modules,
  // and with it Astro's caches, with the project.
  const build = spawnSync(
    'flock',
    [
      join('node_modules', '.cache', 'ocop-build.lock'),
      process.execPath,
      join('node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
      '--silent',
    ],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...env, OCOP_OG_CARDS: 'off' },
    },
  );
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the site after importing the November 2022 and October 2026 annexes', () => {
  it('shows a new product with what its annex row said, flagged as still to complete', () => {
    const vi = page('san-pham/hat-de-bang-van');
    expect(vi).toContain('Hạt dẻ Bằng Vân');
    expect(vi).toContain('2317/QĐ-UBND');
    expect(vi).toContain('data-to-complete');
    expect(text(vi)).toContain(
      'Thông tin đang được bổ sung. Chưa có: câu chuyện sản phẩm, ảnh sản phẩm, quy cách đóng gói và thông tin cho nhà buôn.',
    );
    expect(vi).toContain('alt="Chưa có ảnh sản phẩm"');
    // Placed by its 2025 unit: the former commune is said to be unknown, the former district is known.
    expect(vi).toContain('Thôn Nà Làng, chưa rõ xã, huyện Ngân Sơn, tỉnh Bắc Kạn (cũ)');
    expect(vi).toContain('Thôn Nà Làng, xã Bằng Vân, tỉnh Thái Nguyên');
    // No empty sections for what it does not have yet.
    expect(vi).not.toContain('id="section-details"');
    expect(vi).not.toContain('id="section-trade"');

    const en = page('en/products/hat-de-bang-van');
    expect(en).toContain('alt="No photo of this product yet"');
    expect(text(en)).toContain(
      'Details still to come. Not here yet: the product’s story, photos, pack sizes and trade data.',
    );
    expect(en).toContain('Thôn Nà Làng, commune not yet known, Ngân Sơn district, former Bắc Kạn province');
    // The placeholder is no picture of the product: search engines are not offered it.
    const jsonLd = [...en.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
      JSON.parse(m[1] ?? '{}'),
    );
    expect(jsonLd.find((data) => data['@type'] === 'Product')?.image).toEqual([]);
  });

  it('shows the new producer, without contacts or story yet', () => {
    const vi = page('chu-the/htx-nong-nghiep-hat-de-bang-van');
    expect(vi).toContain('Hợp tác xã Nông nghiệp Hạt dẻ Bằng Vân');
    expect(vi).toContain('Chưa có thông tin liên hệ.');
    expect(vi).toContain('xã trước ngày 1/7/2025');
    expect(page('en/producers/hkd-mut-gung-ban-puc')).toContain('No contact details yet.');
  });

  it('shows the upgrade and the re-ratings in the certificate history, prose and photos untouched', () => {
    const upgraded = page('san-pham/thit-trau-gac-bep-bep-tay');
    // The upgrade to 4 stars is in the history; its 36 months ran out before TODAY, so no stars are claimed.
    expect(upgraded).toMatch(/<td>4★<\/td>[\s\S]*?1520\/QĐ-UBND<\/td>[\s\S]*?Nâng hạng/);
    expect(upgraded).toContain('Hết hiệu lực từ 15/11/2025');
    expect(upgraded).not.toContain('data-to-complete');
    const renewed = page('en/products/cay-canh-bonsai-pu-co');
    expect(renewed).toContain('2317/QĐ-UBND');
    expect(renewed).toContain('Valid');
  });

  it('lists the new products in their listings and search documents', () => {
    const listing = readdirSync(join(project, 'dist/client/san-pham/huyen/ngan-son'), { recursive: true })
      .filter((file) => String(file).endsWith('index.html'))
      .map((file) =>
        readFileSync(join(project, 'dist/client/san-pham/huyen/ngan-son', String(file)), 'utf8'),
      );
    expect(listing.some((html) => html.includes('Hạt dẻ Bằng Vân'))).toBe(true);
    const documents = JSON.parse(readFileSync(join(project, 'dist/search/documents.json'), 'utf8'));
    const hatDe = documents.documents.find((d: { slug: string }) => d.slug === 'hat-de-bang-van');
    expect(hatDe).toMatchObject({
      district: 'ngan-son',
      newCommune: 'Bằng Vân',
      stars: 3,
      expiryDay: 20291020,
    });
    expect(hatDe.commune).toBeUndefined();
    expect(hatDe.story).toBeUndefined();
    expect(existsSync(join(project, 'dist/client/san-pham/mut-gung-ban-puc/index.html'))).toBe(true);
  });
});
