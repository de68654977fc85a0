/**
 * What the last publish did and is doing, for the admin page and the command line: a small JSON
 * file beside the releases (every server and the publish process share the folder), rewritten
 * whole by a rename at each step so a reader never sees half of it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublishStatus } from '../../lib/publishing.ts';
import { releasesDir } from '../release/releases.ts';

const statusFile = (dataDir: string) => join(releasesDir(dataDir), 'status.json');

export async function readPublishStatus(dataDir: string): Promise<PublishStatus | undefined> {
  try {
    return JSON.parse(await readFile(statusFile(dataDir), 'utf8')) as PublishStatus;
  } catch {
    return undefined;
  }
}

export async function writePublishStatus(dataDir: string, status: PublishStatus): Promise<void> {
  await mkdir(releasesDir(dataDir), { recursive: true });
  const file = statusFile(dataDir);
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${JSON.stringify(status, null, 2)}\n`);
  await rename(partial, file);
}
