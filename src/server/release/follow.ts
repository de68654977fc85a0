/**
 * Keeps a server on the release that `current` names: a publish (or a rollback) moves the link,
 * and every server that shares the data folder loads the new build and switches to it within
 * a second, in one assignment. Requests already under way finish on the build they started on.
 * (Each switch keeps the old bundle's code in memory, about 2 MB, until the process restarts.)
 */
import { loadRelease, type Release } from './release.ts';
import { servedDir } from './releases.ts';

export interface ReleaseFollower {
  stop(): void;
}

export function followReleases(options: {
  dataDir: string;
  /** What is served while nothing was published: the plain build (dist/). */
  plainBuild: string;
  serving: () => Release;
  switchTo: (release: Release) => void;
  log: (line: string) => void;
  intervalMs?: number;
}): ReleaseFollower {
  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const dir = await servedDir(options.dataDir, options.plainBuild);
      if (dir === options.serving().dir) return;
      const release = await loadRelease(dir);
      options.switchTo(release);
      options.log(`now serving ${dir}`);
    } catch (error) {
      options.log(
        `could not switch builds, still serving ${options.serving().dir}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? 500);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
