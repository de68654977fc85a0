import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';

const encodings = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

async function fileStat(path: string): Promise<Stats | undefined> {
  try {
    const found = await stat(path);
    return found.isFile() ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The .br or .gz file the build wrote beside `file` that the client accepts (brotli first), or
 * undefined when there is none: the file is then sent as it is.
 */
export async function precompressedVariant(
  file: string,
  acceptEncoding: string,
): Promise<{ path: string; token: string; stats: Stats } | undefined> {
  for (const { token, suffix } of encodings) {
    if (!acceptEncoding.includes(token)) continue;
    const stats = await fileStat(file + suffix);
    if (stats) return { path: file + suffix, token, stats };
  }
  return undefined;
}
