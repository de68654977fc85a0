/**
 * What the site's on-demand routes get from the server that runs them, through
 * `Astro.locals.runtime`: the catalogue of the build being served, the day, the enquiry,
 * tracking, inbox, response-figure and sign-in services, and where search is. The production server (src/server/) builds
 * it once at start; `astro dev` builds the same in the middleware. Routes never open databases,
 * read the environment or start anything themselves.
 */
import type { DayRange, Period, ScanTotal, SearchTotal } from './analytics/records.ts';
import type { Account, Session } from './auth/account.ts';
import type { SentReminder } from './content/reminders.ts';
import type { ServerCatalogue, ServerFair } from './content/server-catalogue.ts';
import type {
  MessageResult,
  NewTrackingLink,
  StoredMessage,
  TrackedEnquiry,
} from './enquiries/conversation.ts';
import type { InboxFilter, StoredEnquiry, Submission, SubmissionResult } from './enquiries/records.ts';
import type { ReplyInput } from './enquiries/reply-schema.ts';
import type { ResponseFigures } from './enquiries/response-figures.ts';
import type { EnquiryStatus } from './enquiries/status.ts';
import type { NewLead } from './fairs/leads/records.ts';
import type { FairReport } from './fairs/leads/report.ts';
import type { PublishingService } from './publishing.ts';
import type { MeiliConnection } from './search/meili-http.server.ts';

/** The public site as requests are checked against it. */
export interface SiteSettings {
  /** SITE_URL: links in mails, and the origin whose pages may post. */
  url: string;
  /** Behind a trusted reverse proxy: its X-Forwarded-* headers say who the client is. */
  trustProxy: boolean;
}

export type SignInResult =
  | { ok: true; account: Account }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'tooMany'; retryAfterSeconds: number };

/** Whether a submission may be stored now: a retry of one already stored gets its earlier answer instead. */
export type Admission =
  | { kind: 'admitted' }
  | { kind: 'earlier'; result: SubmissionResult }
  | { kind: 'limited'; retryAfterSeconds: number };

export interface EnquiryService {
  /** Whether SMTP is configured: a submission then queues mails to producers. */
  notifies: boolean;
  /**
   * Spends one accepted enquiry of the client address's allowance, unless the submission is a
   * retry of one already stored (retries never spend the limit). Without a limit this asks nothing.
   */
  admit(submission: Submission, address: string): Promise<Admission>;
  /** Stores the submission durably (resolves after the commit), or answers a retry as before. */
  submit(submission: Submission): Promise<SubmissionResult>;
  /** Another tracking link to a submission already stored (for a retry), committed. */
  addLink(link: NewTrackingLink): Promise<void>;
}

/**
 * The buyer's tracking page, opened by the token of its link. A token that opens nothing counts
 * against the client address's allowance of wrong tokens; past it, every wrong one is `limited`.
 */
export interface TrackingService {
  open(token: string, address: string): Promise<TrackedOutcome<{ enquiries: TrackedEnquiry[] }>>;
  /** A reply from the buyer (its replies share the address's allowance of enquiries). */
  reply(token: string, reply: ReplyInput, address: string): Promise<TrackedOutcome<MessageResult>>;
  /** Closed by the buyer; `changed` is false when it was closed already. */
  close(token: string, enquiryId: string, address: string): Promise<TrackedOutcome<{ changed: boolean }>>;
}

/**
 * A page the server keeps in memory once rendered (src/server/http/tracking-pages.ts), on
 * `Astro.locals.pageKeeper`: the route renders its forms with `formKey` (replaced per answer), the
 * middleware hands over what was rendered.
 */
export interface PageKeeper {
  formKey: string;
  keep(page: { status: number; headers: Headers; body: Uint8Array }): void;
}

export type TrackedOutcome<T> =
  | ({ kind: 'found' } & T)
  | { kind: 'missing' }
  | { kind: 'limited'; retryAfterSeconds: number };

/** Response figures of producers, computed from the enquiries at the time of asking. */
export interface ResponseTimesService {
  producer(slug: string): Promise<ResponseFigures>;
  /** Every producer that received enquiries in the window. */
  all(): Promise<ResponseFigures[]>;
}

export interface InboxService {
  list(
    filter: InboxFilter,
    account: Account,
    page: number,
  ): Promise<{ enquiries: StoredEnquiry[]; total: number }>;
  all(filter: InboxFilter, account: Account): AsyncIterable<StoredEnquiry>;
  find(id: string, account: Account): Promise<StoredEnquiry | undefined>;
  setStatus(id: string, status: EnquiryStatus, account: Account): Promise<boolean>;
  delete(id: string, account: Account): Promise<boolean>;
  /** The enquiry's messages (found with find(), so the account may see it), oldest first. */
  conversation(enquiry: StoredEnquiry): Promise<StoredMessage[]>;
  /** An answer from the inbox: stored durably, mailed to the buyer with a link to the tracking page. */
  reply(id: string, body: string, key: string, account: Account): Promise<MessageResult>;
  /** Marks it read when its own producer's account opens it (staff looking do not count); answers it as it is now. */
  markRead(enquiry: StoredEnquiry, account: Account): Promise<StoredEnquiry>;
  /** Staff: the enquiries escalated after days without an answer; a producer account gets none. */
  escalated(account: Account): Promise<StoredEnquiry[]>;
}

export interface AuthService {
  signIn(email: string, password: string, address: string): Promise<SignInResult>;
  /** A new session for the account: the cookie's value and when it ends. */
  startSession(account: Account): Promise<{ token: string; expires: Date }>;
  session(token: string | undefined): Promise<Session | undefined>;
  endSession(token: string | undefined): Promise<void>;
}

/** The office's statistics over a period: each list only rows of at least MIN_SHOWN, most first. */
export interface AnalyticsReport {
  range: DayRange;
  /** The most searched queries. */
  searches: SearchTotal[];
  /** The queries that most often found nothing. */
  empty: SearchTotal[];
  /** QR code scans per fair, medium and product. */
  scans: ScanTotal[];
}

export interface AnalyticsService {
  /** Counts a search (page 1) and whether it found anything; nothing personal is kept (src/lib/analytics/). */
  searched(query: string, found: boolean): void;
  /** Counts a result of the query opened. */
  clicked(query: string): void;
  /** Staff only: the statistics of the `days` up to today. */
  report(days: Period): Promise<AnalyticsReport>;
}

/** A lead as the page hands it over: the server adds its submission and receipt, and checks its time. */
export type LeadToRecord = Omit<NewLead, 'submission' | 'receipt' | 'at' | 'capturedAt'> & {
  capturedAt: string | undefined;
};

export type LeadResult = SubmissionResult;

/** Leads noted at fairs' booths (staff), and what each fair brought. */
export interface LeadService {
  /**
   * Stores the lead's enquiries (one per producer, mailed like any enquiry) and the lead, once per
   * key: a lead sent again is answered with the first result, stored nothing new.
   */
  record(lead: LeadToRecord, submission: Submission): Promise<LeadResult>;
  /** The fair's report, counted now. */
  report(fair: ServerFair): Promise<FairReport>;
}

export interface SiteRuntime {
  site: SiteSettings;
  /** The calendar day in Vietnam (or OCOP_TODAY), as YYYY-MM-DD. */
  today(): string;
  /** The catalogue of the build being served. */
  catalogue(): Promise<ServerCatalogue>;
  enquiries: EnquiryService;
  tracking: TrackingService;
  inbox: InboxService;
  responseTimes: ResponseTimesService;
  auth: AuthService;
  /** The certificate reminders (src/server/jobs/reminders.ts), for the office. */
  reminders: {
    /** Whether SMTP is configured: without it no reminder goes. */
    sends: boolean;
    sent(): Promise<SentReminder[]>;
  };
  /** Putting the content live from the admin (staff only). */
  publishing: PublishingService;
  analytics: AnalyticsService;
  leads: LeadService;
  /** Where the site's queries go; undefined while search is not configured or not up. */
  searchConnection(): MeiliConnection | undefined;
  log(message: string): void;
}
