import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedCatalogue } from './catalogue-generator.ts';

/** Collections the benchmark generates; every other file under content/ is copied as it is. */
const GENERATED = new Set(['products', 'producers', 'events', 'images']);

/**
 * node_modules as a folder of links to the project's packages rather than one link to the whole
 * folder: Astro's and Vite's caches (node_modules/.astro, .vite) then stay in the temporary
 * project, so a benchmark build starts cold and never touches the project's own caches.
 */
async function linkNodeModules(projectRoot: string, into: string) {
  const target = join(into, 'node_modules');
  await mkdir(target);
  for (const name of await readdir(join(projectRoot, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    await symlink(join(projectRoot, 'node_modules', name), join(target, name));
  }
}

const writeEntries = async (folder: string, entries: Map<string, unknown>) => {
  await mkdir(folder, { recursive: true });
  for (const [id, data] of entries) await writeFile(join(folder, `${id}.json`), JSON.stringify(data));
};

/** What the site is built from: the files as committed, or as they are in the working tree. */
export type SourceTree = 'head' | 'worktree';

const SITE_FILES = [
  'src',
  'public',
  'content',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'scripts/build.sh',
];

/** The commit the benchmark builds, e.g. "06ed452", with "+ working tree" when uncommitted files are used. */
export function sourceLabel(projectRoot: string, source: SourceTree): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: projectRoot,
    encoding: 'utf8',
  }).trim();
  return source === 'head' ? `commit ${commit}` : `commit ${commit} + working tree`;
}

/**
 * A copy of the site in a temporary folder (src/, public/, config, content lookup tables)
 * without the sample catalogue: writeCatalogue() puts the generated one in. By default the
 * committed files (git archive HEAD), so that work in progress in the shared tree cannot
 * break or skew the run. Returns the folder.
 */
export async function createCatalogueProject(
  projectRoot: string,
  source: SourceTree = 'head',
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ocop-bench-site-'));
  if (source === 'head') {
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD', '--', ...SITE_FILES], {
      cwd: projectRoot,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } else {
    for (const item of SITE_FILES) await cp(join(projectRoot, item), join(dir, item), { recursive: true });
  }
  for (const name of GENERATED) await rm(join(dir, 'content', name), { recursive: true, force: true });
  await linkNodeModules(projectRoot, dir);
  return dir;
}

/** Applies a unified diff (paths as in the repository, a/src/…) to the temporary copy. */
export function applyPatch(projectDir: string, patchFile: string) {
  execFileSync('git', ['apply', '--whitespace=nowarn', patchFile], { cwd: projectDir, stdio: 'inherit' });
}

export async function writeCatalogue(projectDir: string, catalogue: GeneratedCatalogue) {
  await writeEntries(join(projectDir, 'content/producers'), catalogue.producers);
  await writeEntries(join(projectDir, 'content/products'), catalogue.products);
  await writeEntries(join(projectDir, 'content/events'), catalogue.events);
}

/** The baseline: one `[n].astro` route whose getStaticPaths makes `pages` pages of a heading each. */
export async function createTrivialProject(projectRoot: string, pages: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ocop-bench-trivial-'));
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'trivial-pages',
      private: true,
      type: 'module',
      scripts: { build: 'astro build' },
    }),
  );
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ trailingSlash: 'always' });\n",
  );
  await writeFile(
    join(dir, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8" /><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>
`,
  );
  await linkNodeModules(projectRoot, dir);
  return dir;
}
