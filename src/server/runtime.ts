/**
 * The services the site's on-demand routes use (src/lib/site-runtime.ts), built once from the
 * server's configuration, its storage and the build being served, and handed to every request
 * as `Astro.locals.runtime`.
 */

import { MIN_SHOWN, periodRange } from '../lib/analytics/records.ts';
import type { ServerCatalogue } from '../lib/content/server-catalogue.ts';
import { PAGE_SIZE } from '../lib/enquiries/inbox-filter.ts';
import type { Submission } from '../lib/enquiries/records.ts';
import type { MeiliConnection } from '../lib/search/meili-http.server.ts';
import type { SiteRuntime } from '../lib/site-runtime.ts';
import type { AnalyticsRecorder } from './analytics/recorder.ts';
import { createRateLimiter } from './auth/rate-limit.ts';
import { sessionService } from './auth/sessions.ts';
import { signInService } from './auth/sign-in.ts';
import type { Clock } from './clock.ts';
import type { ServerConfig } from './config.ts';
import { conversationServices } from './enquiries/conversations.ts';
import { responseTimesService } from './enquiries/response-times.ts';
import { leadService } from './fairs/leads.ts';
import type { Outbox } from './mail/outbox.ts';
import { publishControl } from './publish/control.ts';
import type { Storage } from './storage/storage.ts';

/** Rows each list of the office's statistics shows. */
const REPORT_ROWS = 50;

/** A derived key (no Idempotency-Key sent) dedupes repeats this long: a double click without JavaScript. */
const DERIVED_KEY_TTL_MS = 10 * 60_000;

export interface RuntimeParts {
  config: ServerConfig;
  clock: Clock;
  storage: Storage;
  outbox: Outbox | undefined;
  analytics: AnalyticsRecorder;
  catalogue: () => Promise<ServerCatalogue>;
  searchConnection: () => MeiliConnection | undefined;
  log: (message: string) => void;
}

export async function createSiteRuntime(parts: RuntimeParts): Promise<SiteRuntime> {
  const { config, clock, storage, outbox } = parts;
  const counterSecret = await storage.secret('counters');
  const enquiryLimit = createRateLimiter(
    storage.counters,
    counterSecret,
    'enquiries',
    config.limits.enquiries,
  );
  const sessions = sessionService(storage.sessions);
  const signIn = signInService({
    accounts: storage.accounts,
    counters: storage.counters,
    secret: counterSecret,
    limit: config.limits.logins,
  });
  const derivedSince = () => new Date(clock.now().getTime() - DERIVED_KEY_TTL_MS).toISOString();
  const conversations = conversationServices({
    storage,
    clock,
    catalogue: parts.catalogue,
    siteUrl: config.siteUrl,
    outbox,
    wrongTokens: createRateLimiter(
      storage.counters,
      counterSecret,
      'tracking',
      config.limits.trackingGuesses,
    ),
    replies: enquiryLimit,
  });

  const submit = async (submission: Submission) => {
    const result = await storage.enquiries.submit(submission, {
      at: clock.now().toISOString(),
      derivedSince: derivedSince(),
    });
    if (result.status === 'created' && submission.mails.length > 0) void outbox?.deliver();
    return result;
  };

  return {
    site: { url: config.siteUrl.href, trustProxy: config.trustProxy },
    today: clock.today,
    catalogue: parts.catalogue,
    enquiries: {
      notifies: outbox !== undefined,
      submit,
      async admit(submission, address) {
        // The earlier answer is looked up first only so that a retry does not spend the limit:
        // without a limit, submit() answers retries itself (one round trip fewer to PostgreSQL).
        if (!config.limits.enquiries) return { kind: 'admitted' };
        const earlier = await storage.enquiries.replay(submission, derivedSince());
        if (earlier) return { kind: 'earlier', result: earlier };
        const decision = await enquiryLimit.take(address, clock.now().getTime());
        return decision.ok
          ? { kind: 'admitted' }
          : { kind: 'limited', retryAfterSeconds: decision.retryAfterSeconds };
      },
      addLink: (link) => storage.conversations.addLink(link, clock.now()),
    },
    tracking: conversations.tracking,
    inbox: {
      list: (filter, account, page) => storage.enquiries.list(filter, account, page, PAGE_SIZE),
      all: (filter, account) => storage.enquiries.all(filter, account),
      find: (id, account) => storage.enquiries.find(id, account),
      setStatus: (id, status, account) => storage.enquiries.setStatus(id, status, account, clock.now()),
      delete: (id, account) => storage.enquiries.delete(id, account),
      ...conversations.inbox,
    },
    responseTimes: responseTimesService(storage.enquiries, clock),
    auth: {
      signIn: signIn.signIn,
      startSession: (account) => sessions.create(account, clock.now()),
      session: (token) => sessions.find(token, clock.now()),
      endSession: sessions.end,
    },
    reminders: { sends: outbox !== undefined, sent: () => storage.reminders.list() },
    publishing: publishControl(config.dataDir),
    analytics: {
      searched: parts.analytics.searched,
      clicked: parts.analytics.clicked,
      async report(days) {
        // What was counted since the last flush is shown too.
        await parts.analytics.flush();
        const range = periodRange(clock.today(), days);
        const store = storage.analytics;
        const [searches, empty, scans] = await Promise.all([
          store.topSearches(range, 'searches', MIN_SHOWN, REPORT_ROWS),
          store.topSearches(range, 'empty', MIN_SHOWN, REPORT_ROWS),
          store.topScans(range, MIN_SHOWN, REPORT_ROWS),
        ]);
        return { range, searches, empty, scans };
      },
    },
    leads: leadService({
      store: storage.fairLeads,
      clock,
      submit,
      flushScans: () => parts.analytics.flush(),
    }),
    searchConnection: parts.searchConnection,
    log: parts.log,
  };
}
