/** Puts a fair's pages, and every file those pages load, into the offline cache. */
import { pageAssetUrls, scriptImportUrls } from './assets.ts';

export interface PrecacheResult {
  pages: number;
  files: number;
  /** Pages the server did not serve (a product page not built yet, say): the rest still works. */
  missing: string[];
}

/** Few requests at a time: fair wifi is shared by every booth. */
const PARALLEL = 4;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(work));
}

const isHtml = (response: Response) => (response.headers.get('Content-Type') ?? '').includes('text/html');
const isScript = (url: URL) => /\.m?js$/.test(url.pathname);

/** Fetches every page fresh (a network error rejects: the fair is then not ready). */
export async function precachePages(
  cache: Cache,
  pagePaths: readonly string[],
  origin: string,
): Promise<PrecacheResult> {
  const missing: string[] = [];
  const assets = new Set<string>();
  let pages = 0;
  await inBatches(pagePaths, async (path) => {
    const url = new URL(path, origin);
    const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) {
      missing.push(path);
      return;
    }
    if (isHtml(response))
      for (const asset of pageAssetUrls(await response.clone().text(), url)) assets.add(asset);
    await cache.put(url, response);
    pages++;
  });
  return { pages, files: await cacheFiles(cache, assets), missing };
}

/** Images, styles and scripts, with the modules each script imports; files already cached are kept. */
export async function cacheFiles(cache: Cache, urls: Iterable<string>): Promise<number> {
  const seen = new Set(urls);
  const queue = [...seen];
  let files = 0;
  while (queue.length > 0) {
    await inBatches(queue.splice(0, PARALLEL), async (href) => {
      let response = await cache.match(href, { ignoreVary: true });
      if (!response) {
        const fresh = await fetch(href, { credentials: 'same-origin' });
        if (!fresh.ok) return;
        await cache.put(href, fresh.clone());
        response = fresh;
      }
      files++;
      const url = new URL(href);
      if (!isScript(url)) return;
      for (const dependency of scriptImportUrls(await response.text(), url)) {
        if (seen.has(dependency)) continue;
        seen.add(dependency);
        queue.push(dependency);
      }
    });
  }
  return files;
}
