import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Moves a prerendered file that is for the server only (e.g. the search documents) out of the
 * public client folder `clientDir` (the build's `dir`) to `to`, and its folder too when empty.
 */
export async function moveOutOfClient(clientDir: URL, route: string, to: string): Promise<void> {
  const from = fileURLToPath(new URL(route, clientDir));
  await mkdir(dirname(to), { recursive: true });
  await rm(to, { force: true });
  await rename(from, to);
  await rmdir(dirname(from)).catch(() => {}); // fails, as it should, when something else is in it
}
