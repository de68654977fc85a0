/**
 * What the server keeps: enquiries and their conversations, accounts, sessions, rate-limit
 * counters, the mail outbox, follow-ups, job leases and runs, the certificate reminders sent and
 * the office's statistics, behind one interface. SQLite is the
 * default (one process, one file); PostgreSQL serves several instances. Both keep the same
 * promises: a resolved write is committed (on disk), a retry with the same key stores nothing
 * new, and a counter or lease holds across every process that shares the database. Rows only:
 * hashing, tokens and rules live in the services that call this.
 */
import type {
  DayRange,
  ScanCount,
  ScanTotal,
  SearchCount,
  SearchTotal,
} from '../../lib/analytics/records.ts';
import type { Account, Role } from '../../lib/auth/account.ts';
import type { Reminder, SentReminder } from '../../lib/content/reminders.ts';
import type {
  MessageResult,
  NewMessage,
  NewTrackingLink,
  StoredMessage,
} from '../../lib/enquiries/conversation.ts';
import type { FollowUpKind } from '../../lib/enquiries/follow-ups.ts';
import type {
  InboxFilter,
  NewMail,
  StoredEnquiry,
  Submission,
  SubmissionResult,
  SubmissionTime,
} from '../../lib/enquiries/records.ts';
import type { ResponseRecord } from '../../lib/enquiries/response-figures.ts';
import type { EnquiryStatus } from '../../lib/enquiries/status.ts';
import type { NewLead, ReportEnquiry, ScanDay, StoredLead } from '../../lib/fairs/leads/records.ts';

export interface EnquiryStore {
  /** Settles once the submission is committed, or with the earlier answer to a retry. */
  submit(submission: Submission, time: SubmissionTime): Promise<SubmissionResult>;
  /** The earlier answer for this key, without writing (retries skip the rate limit). */
  replay(
    submission: Pick<Submission, 'key' | 'fingerprint' | 'derivedKey'>,
    derivedSince: string,
  ): Promise<SubmissionResult | undefined>;
  /** One page of what the account may see, newest first, with the count of all. */
  list(
    filter: InboxFilter,
    account: Account,
    page: number,
    pageSize: number,
  ): Promise<{ enquiries: StoredEnquiry[]; total: number }>;
  /** Everything the account may see under the filter, oldest first (for the CSV export). */
  all(filter: InboxFilter, account: Account): AsyncIterable<StoredEnquiry>;
  /** The enquiry, if the account may see it (another producer's reads as missing). */
  find(id: string, account: Account): Promise<StoredEnquiry | undefined>;
  /** Marking it answered also keeps the time of its first answer (the response figures' measure). */
  setStatus(id: string, status: EnquiryStatus, account: Account, at: Date): Promise<boolean>;
  /** Staff only; its lines, messages, follow-ups and queued mail go with it. */
  delete(id: string, account: Account): Promise<boolean>;
  /** When each enquiry received since `since` (of one producer, or all) was first answered. */
  responseTimes(since: Date, producer?: string): Promise<ResponseRecord[]>;
}

export interface ConversationStore {
  /** The enquiries of the submission a tracking link opens, by its token's hash; none for an unknown hash. */
  tracked(tokenHash: string): Promise<StoredEnquiry[]>;
  /**
   * One of those enquiries, with its lines (what a reply or a closing acts on); undefined when the
   * link does not open it.
   */
  trackedEnquiry(tokenHash: string, enquiryId: string): Promise<StoredEnquiry | undefined>;
  /**
   * One opaque value for what those enquiries show, read in one indexed look-up: it changes with
   * every message, status, read or answered time and enquiry gone; undefined for an unknown hash.
   */
  version(tokenHash: string): Promise<string | undefined>;
  /** The messages of these enquiries, oldest first. */
  messages(enquiryIds: readonly string[]): Promise<StoredMessage[]>;
  /**
   * Stores a reply with its mails and links, once per enquiry and key, and settles once that is
   * committed. A reply from the producer's side (producer or staff) answers the enquiry: status
   * answered, and the time of the first answer kept; the buyer's reopens an answered one (status
   * new). Nothing is stored for an enquiry that is closed or gone.
   */
  add(message: NewMessage): Promise<MessageResult>;
  /** Another link to a submission (a retry of the post that made the first gets its own), committed. */
  addLink(link: NewTrackingLink, at: Date): Promise<void>;
  /** When its producer first opens it; later opens change nothing. */
  markRead(id: string, at: Date): Promise<void>;
  /** Closed by the buyer, committed; false when it was closed already or is gone. */
  close(id: string, at: Date): Promise<boolean>;
}

export interface FollowUpStore {
  /**
   * Open enquiries without an answer, received in [from, before), with no follow-up of this kind
   * yet, oldest first.
   */
  pending(kind: FollowUpKind, from: Date, before: Date, limit: number): Promise<StoredEnquiry[]>;
  /**
   * Records the follow-up of each enquiry that is still open and unanswered and has none of this
   * kind, and queues its mails, in one committed transaction; answers the enquiries recorded now.
   * Two processes recording the same follow-up at once record (and mail) it once.
   */
  record(kind: FollowUpKind, items: { enquiryId: string; mails: NewMail[] }[], at: Date): Promise<string[]>;
  /** Escalated enquiries that are still open and unanswered, oldest first. */
  escalated(): Promise<StoredEnquiry[]>;
}

export interface AccountRow extends Account {
  passwordHash: string;
}

export interface AccountStore {
  /** Undefined when the email is taken. */
  insert(row: {
    email: string;
    passwordHash: string;
    role: Role;
    producer: string | null;
    createdAt: Date;
  }): Promise<Account | undefined>;
  byEmail(email: string): Promise<AccountRow | undefined>;
  list(): Promise<Account[]>;
  /** Removes the account and its sessions. */
  remove(email: string): Promise<boolean>;
}

export interface SessionStore {
  insert(row: {
    tokenHash: string;
    accountId: number;
    csrfToken: string;
    createdAt: Date;
    expiresAt: Date;
  }): Promise<void>;
  /** The session's account and CSRF token while it has not expired. */
  find(tokenHash: string, now: Date): Promise<{ account: Account; csrfToken: string } | undefined>;
  remove(tokenHash: string): Promise<void>;
}

/** A counter's state: small JSON (a token bucket, a count of failures). */
export type CounterState = Record<string, number>;

export interface CounterStore {
  /**
   * Runs `step` on the state of `key` (undefined when there is none) and keeps what it returns,
   * atomically: two processes counting at once never both see the same state. A counter not
   * updated for a day is forgotten (purge).
   */
  update<S extends CounterState, T>(
    key: string,
    now: number,
    step: (state: S | undefined) => { state: S; result: T },
  ): Promise<T>;
}

export interface OutboxMail {
  id: number;
  recipient: string;
  replyTo: string | null;
  subject: string;
  body: string;
  attempts: number;
}

export interface OutboxStore {
  /**
   * Claims up to `limit` mails due at `now` for `leaseMs`: another process does not get them
   * until the lease ends, so two instances never send the same mail at once.
   */
  claimDue(now: Date, maxAttempts: number, limit: number, leaseMs: number): Promise<OutboxMail[]>;
  /** Also forgets the mail's text: it may hold a tracking link, which is kept only as a hash. */
  markSent(id: number, at: Date): Promise<void>;
  markFailed(id: number, retryAt: Date, error: string): Promise<void>;
}

/** A mail queued in the outbox on its own, not with an enquiry. */
export interface QueuedMail {
  recipient: string;
  subject: string;
  body: string;
}

export interface ReminderStore {
  /**
   * Records the certificate's reminder and queues its mails, in one transaction: false, queuing
   * nothing, when it was recorded before (by any process, before any restart), so each goes once.
   */
  record(reminder: Reminder, mails: QueuedMail[], at: Date): Promise<boolean>;
  /** Every reminder recorded, oldest first. */
  list(): Promise<SentReminder[]>;
}

export interface LeaseStore {
  /**
   * Takes or renews the named lease for `holder` until `until`; false while another holder's
   * lease runs. What runs the scheduled jobs holds it, so only one process runs them.
   */
  acquire(name: string, holder: string, now: Date, until: Date): Promise<boolean>;
  release(name: string, holder: string): Promise<void>;
}

export interface JobRunStore {
  /**
   * Claims the run of `job` for `period` (a day, say) for `holder` until `until`: true when this
   * holder is to do it now. False when the period's run is done, or claimed by a holder whose
   * claim still runs; a claim that ran out unfinished (its holder died mid-run, or the run failed)
   * can be taken. So two instances, a restart or a lease handover never do a period twice.
   */
  claim(job: string, period: string, holder: string, now: Date, until: Date): Promise<boolean>;
  /** Records the holder's run of the period as done, with a summary of what it did. */
  finish(job: string, period: string, holder: string, at: Date, outcome: string): Promise<void>;
  /** Gives up the holder's claim on a run that failed: it is taken again at the next tick. */
  fail(job: string, period: string, holder: string, at: Date, outcome: string): Promise<void>;
}

/** The office's statistics: counts per day only (src/lib/analytics/records.ts), never a visitor. */
export interface AnalyticsStore {
  /**
   * Adds each row's counts to what is stored for its day and key, making the row if missing:
   * instances that add the same key at once add up.
   */
  addSearches(rows: readonly SearchCount[]): Promise<void>;
  addScans(rows: readonly ScanCount[]): Promise<void>;
  /**
   * Queries over the days with their totals, most first by `by` (all searches, or those that found
   * nothing), only those with at least `atLeast` of it.
   */
  topSearches(
    range: DayRange,
    by: 'searches' | 'empty',
    atLeast: number,
    limit: number,
  ): Promise<SearchTotal[]>;
  /** Scans over the days per fair, medium and product, most first, only those with at least `atLeast`. */
  topScans(range: DayRange, atLeast: number, limit: number): Promise<ScanTotal[]>;
  /** Deletes the rows of days before `day`; answers how many went. */
  purgeBefore(day: string): Promise<number>;
}

/** Leads noted at fairs' booths, and what a fair's report is counted from. */
export interface FairLeadStore {
  find(key: string): Promise<StoredLead | undefined>;
  /**
   * Records the lead once per key and tags its submission's enquiries with its fair, in one
   * committed transaction; answers the lead stored under the key (the first, when it was there).
   */
  record(lead: NewLead): Promise<StoredLead>;
  /** Every lead of the fair, oldest first. */
  leads(fair: string): Promise<StoredLead[]>;
  /** The enquiries tagged with the fair, and the untagged ones received in [from, before), oldest first. */
  enquiries(fair: string, from: Date, before: Date): Promise<ReportEnquiry[]>;
  /** QR code scans of the fair's material per day and product, days from `from` to `to` included. */
  scans(fair: string, from: string, to: string): Promise<ScanDay[]>;
}

export interface Storage {
  /** "sqlite" or "postgres", for logs and the health check. */
  kind: string;
  enquiries: EnquiryStore;
  conversations: ConversationStore;
  followUps: FollowUpStore;
  accounts: AccountStore;
  sessions: SessionStore;
  counters: CounterStore;
  outbox: OutboxStore;
  leases: LeaseStore;
  jobRuns: JobRunStore;
  analytics: AnalyticsStore;
  reminders: ReminderStore;
  fairLeads: FairLeadStore;
  /**
   * A random secret of this installation, made on first use and shared by every process on the
   * storage (e.g. the key that hides client addresses in rate-limit counters).
   */
  secret(name: string): Promise<string>;
  /**
   * Deletes what retention says is over (enquiries after 24 months with everything of theirs,
   * reminder mails as old, tracking links whose enquiries are gone, keys, sessions, counters).
   */
  purge(now: Date): Promise<{ enquiries: number }>;
  /** Whether the database answers now (the health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
