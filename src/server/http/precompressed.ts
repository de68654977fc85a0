import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';

const encodings = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

export type Encoding = (typeof encodings)[number]['token'];

/** The encodings of ours an Accept-Encoding header allows, best first (at most four answers). */
export const acceptedEncodings = (acceptEncoding: string): Encoding[] =>
  encodings.filter(({ token }) => acceptEncoding.includes(token)).map(({ token }) => token);

async function fileStat(path: string): Promise<Stats | undefined> {
  try {
    const found = await stat(path);
    return found.isFile() ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The .br or .gz file the build wrote beside `file` in the first of `accepted` it has, or
 * undefined when there is none: the file is then sent as it is.
 */
export async function precompressedVariant(
  file: string,
  accepted: readonly Encoding[],
): Promise<{ path: string; token: Encoding; stats: Stats } | undefined> {
  for (const { token, suffix } of encodings) {
    if (!accepted.includes(token)) continue;
    const stats = await fileStat(file + suffix);
    if (stats) return { path: file + suffix, token, stats };
  }
  return undefined;
}
