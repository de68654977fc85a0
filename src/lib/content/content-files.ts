/**
 * How content/ files are written, by the sample-data generator and the importer alike: JSON with
 * two-space indents and a final newline, keys in the order given, so a written file diffs like a
 * person's edit; and never a half-written file for the build to trip on.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes `text` unless the file already holds it, so unchanged files keep their timestamps. */
export function writeText(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  // Written beside it, then renamed over it: a reader sees the old file or the new one, never a part.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
