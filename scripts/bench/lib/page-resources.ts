/**
 * What a page makes the browser download before it can run: its stylesheets and scripts, and
 * the modules those scripts import statically. Reads the HTML and JS that Astro and Vite emit.
 */

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

export interface PageReferences {
  stylesheets: string[];
  scripts: string[];
}

/** Stylesheets (link rel=stylesheet) and scripts (script src, link rel=modulepreload or preload as=script) of an HTML page, as absolute URLs. */
export function pageReferences(html: string, pageUrl: string): PageReferences {
  const stylesheets = new Set<string>();
  const scripts = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) stylesheets.add(new URL(href, pageUrl).href);
    if (rel.includes('modulepreload') || (rel.includes('preload') && attribute(tag, 'as') === 'script')) {
      scripts.add(new URL(href, pageUrl).href);
    }
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) scripts.add(new URL(src, pageUrl).href);
  }
  return { stylesheets: [...stylesheets], scripts: [...scripts] };
}

/**
 * Specifiers a JS module imports: `static` ones load with it (import … from, import "…",
 * export … from), `lazy` ones only when the code runs import("…"). Written for bundler output,
 * where specifiers are plain string literals.
 */
export function moduleImports(code: string): { static: string[]; lazy: string[] } {
  const found = { static: new Set<string>(), lazy: new Set<string>() };
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
  )) {
    if (m[1]) found.static.add(m[1]);
  }
  for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) if (m[1]) found.lazy.add(m[1]);
  return { static: [...found.static], lazy: [...found.lazy] };
}

/** CSS files a stylesheet pulls in with @import. */
export const cssImports = (css: string): string[] =>
  [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].flatMap((m) => (m[1] ? [m[1]] : []));
