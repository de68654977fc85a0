/**
 * applyPlan: writes what planImport planned, into a content folder. Every file is first checked
 * to be the one the plan was made against, so a plan made before someone else's edit (or before
 * another import) writes nothing and is simply made again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeText } from '../content/content-files.ts';
import { digestOf } from './content-snapshot.ts';
import type { ImportPlan } from './plan.ts';

/** A file the plan would write changed after the plan was made. */
export class StalePlan extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`${path} changed since the plan was made: plan again`);
    this.path = path;
  }
}

/** Writes the plan's files under `contentDir` and returns their paths (relative to it). */
export function applyPlan(plan: ImportPlan, contentDir: string): string[] {
  if (plan.problems.length > 0) throw new Error('a plan with problems writes nothing');
  for (const file of plan.files) {
    const path = join(contentDir, file.path);
    const now = existsSync(path) ? digestOf(readFileSync(path, 'utf8')) : null;
    if (now !== file.before) throw new StalePlan(file.path);
  }
  // Each file is replaced whole (writeText); should the run stop halfway, importing again
  // finishes the job, since rows already imported change nothing.
  for (const file of plan.files) writeText(join(contentDir, file.path), file.text);
  return plan.files.map((f) => f.path);
}
