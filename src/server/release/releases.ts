/**
 * Where published builds live and which one is served. Builds go to `.releases/<site>/<id>/` in
 * the project (a build runs its prerender code from its own folder, which must find the
 * project's node_modules; `<site>` stands for the data folder, so that a test's site never
 * touches the real one's builds). Which one a server serves is a link in its data folder,
 * `releases/current`, with `releases/previous` beside it for a rollback. A link is switched by
 * renaming a new one over it: atomic, so a server reading it sees one build or the other, never
 * neither. Servers that share a data folder (two instances) serve the same build.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Pointer = 'current' | 'previous';

const projectBuilds = fileURLToPath(new URL('../../../.releases', import.meta.url));

/** The folder of the builds published for one data folder. */
export const buildsDir = (dataDir: string): string =>
  join(projectBuilds, createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12));

/** A data folder's links to the builds it serves, and the publish status beside them. */
export const releasesDir = (dataDir: string): string => join(dataDir, 'releases');

/** A new release's id: sortable by time, unique even for two in one second. */
export const newReleaseId = (now: Date): string =>
  `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;

export const releaseDir = (dataDir: string, id: string): string => join(buildsDir(dataDir), id);

/** Where a release's build output is kept (outside its folder, which the build empties first). */
export const buildLog = (dataDir: string, id: string): string =>
  join(buildsDir(dataDir), 'logs', `${id}.log`);

/** The release a pointer names, or undefined when there is none yet. */
export async function readPointer(dataDir: string, pointer: Pointer): Promise<string | undefined> {
  try {
    return (await readlink(join(releasesDir(dataDir), pointer))).split('/').at(-1);
  } catch {
    return undefined;
  }
}

/** The folder the server should serve: the current release, or the plain build when none was published. */
export async function servedDir(dataDir: string, plainBuild: string): Promise<string> {
  const current = await readPointer(dataDir, 'current');
  return current ? releaseDir(dataDir, current) : plainBuild;
}

/** Points `pointer` at release `id`, atomically. */
export async function setPointer(dataDir: string, pointer: Pointer, id: string): Promise<void> {
  const dir = releasesDir(dataDir);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${pointer}-${randomBytes(4).toString('hex')}`);
  await symlink(releaseDir(dataDir, id), temporary);
  await rename(temporary, join(dir, pointer));
}

/** Whether a folder holds a build that can be served (the server bundle and its files). */
export const isCompleteBuild = (dir: string): boolean =>
  ['server/entry.mjs', 'server-catalogue.json', 'search/documents.json', 'client'].every((part) =>
    existsSync(join(dir, part)),
  );

/**
 * Removes the builds that are neither current nor previous for this data folder, keeping the
 * `keep` newest of them: a server still finishing a request on a build switched away from a
 * moment ago finds its files. Their logs go with them.
 */
export async function pruneReleases(dataDir: string, keep = 1): Promise<string[]> {
  const linked = new Set(
    await Promise.all((['current', 'previous'] as const).map((p) => readPointer(dataDir, p))),
  );
  const ids = (await readdir(buildsDir(dataDir), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name !== 'logs' && !linked.has(e.name))
    .map((e) => e.name)
    .sort()
    .reverse();
  const removed = ids.slice(keep);
  await Promise.all(
    removed.flatMap((id) => [
      rm(releaseDir(dataDir, id), { recursive: true, force: true }),
      rm(buildLog(dataDir, id), { force: true }),
    ]),
  );
  return removed;
}
