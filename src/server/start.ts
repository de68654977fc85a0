/**
 * The production server (`npm start`): serves a build (dist/ by default) — static files itself,
 * on-demand routes through @astrojs/node's handler in middleware mode — runs or connects to
 * Meilisearch and keeps its index in step with the build, opens the storage, and runs the
 * scheduled jobs. Configuration comes from the environment, read once (config.ts).
 */
import { createServer } from 'node:http';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { vietnamDay } from '../lib/calendar.ts';
import { createClock } from './clock.ts';
import { ConfigError, loadServerConfig } from './config.ts';
import { createSiteHandler, type Serving } from './http/site-handler.ts';
import { createStaticSite } from './http/static-site.ts';
import { createTrackingPages } from './http/tracking-pages.ts';
import { escalationJob, reminderJob } from './jobs/follow-ups.ts';
import { remindersJob } from './jobs/reminders.ts';
import { retentionJob } from './jobs/retention.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { staleBecause, statusRepublishJob } from './jobs/status-republish.ts';
import { createLogger, describeError } from './log.ts';
import { publish } from './publish/publish.ts';
import { followReleases } from './release/follow.ts';
import { loadRelease, MissingBuildError, type Release } from './release/release.ts';
import { releaseDir, servedDir } from './release/releases.ts';
import { createSiteRuntime } from './runtime.ts';
import { startServices } from './services.ts';

const log = createLogger();

function fail(error: unknown): never {
  log.error(
    error instanceof ConfigError || error instanceof MissingBuildError ? error.message : describeError(error),
  );
  log.flush();
  process.exit(1);
}

const config = (() => {
  try {
    return loadServerConfig();
  } catch (error) {
    fail(error);
  }
})();
const clock = createClock(config.today);
// The plain build of `npm run build`, served until the first `npm run publish`.
const distDir = fileURLToPath(new URL('../../dist', import.meta.url));
const servingOf = (release: Release): Serving => ({
  release,
  staticSite: createStaticSite(release.clientDir),
});
let serving = servingOf(await loadRelease(await servedDir(config.dataDir, distDir)).catch(fail));
log.info(`serving ${serving.release.dir}`);
const follower = followReleases({
  dataDir: config.dataDir,
  plainBuild: distDir,
  serving: () => serving.release,
  switchTo: (release) => {
    serving = servingOf(release);
  },
  log: (line) => log.info(line),
});

// Before the site listens, so the index is there for its first search.
const services = await startServices(config, clock, log, async () => serving.release.search.documents).catch(
  fail,
);
const { storage } = services;

const publishForToday = () =>
  publish({ config, leases: storage.leases, by: 'status change', log: (line) => log.info(line) });
// Correctness first: a build judged on another day may show statuses that have changed since,
// so the first visitor already gets pages for today (a build takes about a minute).
const stale = staleBecause(serving.release.catalogue, clock.today());
if (stale) {
  log.info(`${stale}: publishing for today before listening`);
  try {
    serving = servingOf(await loadRelease(releaseDir(config.dataDir, await publishForToday())));
  } catch (error) {
    // Another instance is already publishing (the follower switches this one when it is done), or the build failed.
    log.error(`could not publish for today, serving ${serving.release.dir}: ${describeError(error)}`);
  }
}
const runtime = await createSiteRuntime({
  config,
  clock,
  storage,
  outbox: services.outbox,
  analytics: services.analytics,
  catalogue: async () => serving.release.catalogue,
  searchConnection: services.search.connection,
  log: (line) => log.error(line),
});

const day = (now: Date) => vietnamDay(now);
const { outbox } = services;
// Reminders only with SMTP: without it nothing would go, and nothing is recorded as sent.
const reminders = outbox
  ? remindersJob({
      catalogue: async () => serving.release.catalogue,
      accounts: storage.accounts,
      reminders: storage.reminders,
      siteUrl: config.siteUrl,
      officeEmail: config.officeEmail,
      day,
      queued: () => void outbox.deliver(),
    })
  : undefined;
const scheduler = startScheduler({
  jobs: [
    retentionJob(storage, day),
    statusRepublishJob({
      catalogue: () => serving.release.catalogue,
      today: clock.today,
      day,
      publish: publishForToday,
    }),
    ...(reminders ? [reminders] : []),
    // Enquiry follow-ups are mails too: without SMTP there is nothing to send, and nothing is recorded as sent.
    ...(outbox
      ? [reminderJob({ storage, catalogue: async () => serving.release.catalogue, siteUrl: config.siteUrl })]
      : []),
    escalationJob(storage),
  ],
  leases: storage.leases,
  runs: storage.jobRuns,
  holder: `${hostname()}:${process.pid}`,
  now: clock.now,
  log,
});
void scheduler.tick();

const server = createServer(
  createSiteHandler({
    serving: () => serving,
    runtime,
    analytics: services.analytics,
    pingDatabase: storage.ping,
    // A tracking page is some 10–30 kB: room for a few thousand conversations followed at once.
    trackingPages: createTrackingPages({
      version: storage.conversations.version,
      maxBytes: 64 * 1024 * 1024,
    }),
    log,
  }),
);
server.listen(config.port, config.host, () =>
  log.info(`OCOP Bắc Kạn on http://${config.host}:${config.port}/`, { storage: storage.kind }),
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // Keep-alive sockets would hold close() open; give in-flight requests a moment, then go
  // (Meilisearch is killed on exit if it has not stopped by then).
  setTimeout(() => {
    log.flush();
    process.exit(0);
  }, 5000).unref();
  follower.stop();
  await Promise.allSettled([new Promise((resolve) => server.close(resolve)), scheduler.stop()]);
  await services.stop();
  log.flush();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
