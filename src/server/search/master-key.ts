/**
 * The master key of the Meilisearch the project runs: MEILI_MASTER_KEY, else a random key made on
 * first run and kept in the data folder, readable by the owner only. It never leaves the server.
 */
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Meilisearch refuses shorter master keys in production mode. */
export const MIN_MASTER_KEY_BYTES = 16;

export const MASTER_KEY_FILE = 'master-key';

function checked(key: string, where: string): string {
  if (Buffer.byteLength(key) < MIN_MASTER_KEY_BYTES) {
    throw new Error(`${where}: the Meilisearch master key must be at least ${MIN_MASTER_KEY_BYTES} bytes`);
  }
  return key;
}

/** `configured` is MEILI_MASTER_KEY, when set. */
export async function loadOrCreateMasterKey(dir: string, configured?: string): Promise<string> {
  if (configured) return checked(configured, 'MEILI_MASTER_KEY');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, MASTER_KEY_FILE);
  // Written whole beside it, then linked into place: link() fails if the key exists, so only the
  // first run creates it, and a second process starting at once never reads half a key.
  const existing = await stat(file).catch(() => undefined);
  if (!existing) {
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    try {
      await link(partial, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await rm(partial, { force: true });
    }
  }
  const { mode } = await stat(file);
  // Someone widened the permissions: narrow them again rather than run with a readable key.
  if ((mode & 0o077) !== 0) await chmod(file, 0o600);
  return checked((await readFile(file, 'utf8')).trim(), file);
}
