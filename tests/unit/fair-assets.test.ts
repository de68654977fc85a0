import { describe, expect, it } from 'vitest';
import { pageAssetUrls, scriptImportUrls } from '../../src/lib/fairs/sw/assets.ts';

const page = new URL('https://ocop.example/hoi-cho/x/kiosk/');

describe('pageAssetUrls', () => {
  it('collects images with every srcset candidate, styles, icons and scripts, as absolute same-origin URLs', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="/favicon.svg" type="image/svg+xml">
      <link rel="stylesheet" href="/_astro/ui.css">
      <link rel="canonical" href="https://ocop.example/hoi-cho/x/">
      <link rel="preload" as="image" imagesrcset="/_astro/a-320.webp 320w, /_astro/a-640.webp 640w">
      <script type="application/ld+json">{"a":1}</script>
      <script type="module" src="/_astro/kiosk.js"></script>
    </head><body>
      <img src="/_astro/a-1200.webp" srcset="/_astro/a-640.webp 640w, /_astro/a-960.webp 960w,/_astro/a-1200.webp 1200w" alt="">
      <img src='relative.png' alt=''>
      <img src="https://cdn.other.example/x.png" alt="">
      <img src="data:image/png;base64,AAAA" alt="">
      <picture><source srcset="/_astro/b.avif 1x, /_astro/b@2.avif 2x" type="image/avif"><img src="/_astro/b.webp?v=1&amp;w=2" alt=""></picture>
    </body></html>`;
    expect(pageAssetUrls(html, page).sort()).toEqual(
      [
        'https://ocop.example/favicon.svg',
        'https://ocop.example/_astro/ui.css',
        'https://ocop.example/_astro/a-320.webp',
        'https://ocop.example/_astro/a-640.webp',
        'https://ocop.example/_astro/kiosk.js',
        'https://ocop.example/_astro/a-1200.webp',
        'https://ocop.example/_astro/a-960.webp',
        'https://ocop.example/hoi-cho/x/kiosk/relative.png',
        'https://ocop.example/_astro/b.avif',
        'https://ocop.example/_astro/b@2.avif',
        'https://ocop.example/_astro/b.webp?v=1&w=2',
      ].sort(),
    );
  });
});

describe('scriptImportUrls', () => {
  it('follows the static and dynamic imports of a built module', () => {
    const code = `import{a as b}from"./lit.BxY.js";import"./side.js";const c=()=>import("./lazy.CdE.js");export{b};import x from '/_astro/abs.js';const d=()=>import(\`./vite.FgH.js\`)`;
    expect(scriptImportUrls(code, new URL('https://ocop.example/_astro/entry.js')).sort()).toEqual(
      [
        'https://ocop.example/_astro/lit.BxY.js',
        'https://ocop.example/_astro/side.js',
        'https://ocop.example/_astro/lazy.CdE.js',
        'https://ocop.example/_astro/abs.js',
        'https://ocop.example/_astro/vite.FgH.js',
      ].sort(),
    );
  });
});
