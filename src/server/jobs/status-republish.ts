/**
 * Pages show certificate statuses as of the day they were built. When one changes (an expiry
 * window opens, a certificate runs out, a revocation takes effect), the site is republished for
 * the new day: every page, listing, card, feed and offline copy then says the same thing, also
 * without JavaScript. Checked once a day (after midnight in Vietnam) and when the server starts.
 */
import type { ServerCatalogue } from '../../lib/content/server-catalogue.ts';
import { statusesChangedSinceBuild } from '../../lib/content/server-catalogue.ts';
import type { Job } from './scheduler.ts';

export interface StatusRepublishOptions {
  /** The catalogue of the build being served. */
  catalogue: () => ServerCatalogue;
  today: () => string;
  day: (now: Date) => string;
  /** Publishes a build for today; resolves with the release's id. */
  publish: () => Promise<string>;
}

/** Why the served build is stale today, or undefined when its statuses still hold. */
export function staleBecause(catalogue: ServerCatalogue, today: string): string | undefined {
  const changed = statusesChangedSinceBuild(catalogue, today);
  if (changed.length === 0) return undefined;
  const named = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ', …' : '');
  return `${changed.length} certificate statuses changed between ${catalogue.builtFor} and ${today} (${named})`;
}

export const statusRepublishJob = (options: StatusRepublishOptions): Job => ({
  name: 'status-republish',
  period: options.day,
  async run() {
    const catalogue = options.catalogue();
    const reason = staleBecause(catalogue, options.today());
    if (!reason) return `statuses as built for ${catalogue.builtFor} still hold`;
    return `${reason}: published ${await options.publish()}`;
  },
});
