/**
 * Leads noted at fairs' booths: each becomes the enquiries of its submission (stored and mailed
 * through the enquiry path, under the key `lead:<tablet's key>`), then the lead itself, which tags
 * them with the fair. In that order, a lead whose recording was cut short is completed by the
 * tablet's next attempt: the enquiries answer as a replay, and the lead is recorded then.
 */
import type { Submission, SubmissionResult } from '../../lib/enquiries/records.ts';
import { fairReport, fairWindow } from '../../lib/fairs/leads/report.ts';
import type { LeadService } from '../../lib/site-runtime.ts';
import type { Clock } from '../clock.ts';
import type { FairLeadStore } from '../storage/storage.ts';

/** A tablet's own time is kept for a lead sent up to this long after it was noted (an offline day or two). */
const CAPTURED_WITHIN_MS = 14 * 24 * 60 * 60_000;
/** Tablets' clocks drift: a few minutes ahead of the server is still believed. */
const CLOCK_SKEW_MS = 10 * 60_000;

export interface LeadServiceParts {
  store: FairLeadStore;
  clock: Clock;
  /** The enquiry path's durable write (mails queued with it). */
  submit: (submission: Submission) => Promise<SubmissionResult>;
  /** Counts of scans still in memory are written first, so the report shows them. */
  flushScans: () => Promise<void>;
}

/** The tablet's time when it is believable, else the server's. */
export function capturedAt(claimed: string | undefined, now: Date): string {
  const at = claimed === undefined ? Number.NaN : Date.parse(claimed);
  const believable = at <= now.getTime() + CLOCK_SKEW_MS && at >= now.getTime() - CAPTURED_WITHIN_MS;
  return new Date(believable ? at : now.getTime()).toISOString();
}

export function leadService({ store, clock, submit, flushScans }: LeadServiceParts): LeadService {
  return {
    async record(lead, submission) {
      const earlier = await store.find(lead.key);
      if (earlier) {
        return earlier.fingerprint === lead.fingerprint
          ? { status: 'replayed', receipt: earlier.receipt }
          : { status: 'conflict' };
      }
      const result = await submit(submission);
      if (result.status === 'conflict') return result;
      const now = clock.now();
      const stored = await store.record({
        ...lead,
        capturedAt: capturedAt(lead.capturedAt, now),
        submission: result.receipt.submission ?? submission.submissionId,
        receipt: result.receipt,
        at: now.toISOString(),
      });
      // Two attempts at once with different content under one key: the first recorded wins.
      if (stored.fingerprint !== lead.fingerprint) return { status: 'conflict' };
      return { status: result.status, receipt: stored.receipt };
    },
    async report(fair) {
      await flushScans();
      const { from, before } = fairWindow(fair.start, fair.end);
      const [scans, leads, enquiries] = await Promise.all([
        store.scans(fair.slug, fair.start, fair.end),
        store.leads(fair.slug),
        store.enquiries(fair.slug, from, before),
      ]);
      return fairReport({ fair, scans, leads, enquiries });
    },
  };
}
