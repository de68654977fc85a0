/**
 * The follow-ups of unanswered enquiries (src/lib/enquiries/follow-ups.ts) as scheduled jobs:
 * reminders mailed to the producer's accounts, and escalations listed for staff. Each is recorded
 * with its mails in one transaction, and only if it was not recorded before, so a run that is
 * repeated (a restart, another instance) sends nothing twice.
 */
import type { ServerCatalogue } from '../../lib/content/server-catalogue.ts';
import {
  FOLLOW_UP_WINDOW_DAYS,
  type FollowUpKind,
  followUpAfterWorkingDays,
} from '../../lib/enquiries/follow-ups.ts';
import { reminderMail } from '../../lib/enquiries/notification.server.ts';
import type { NewMail, StoredEnquiry } from '../../lib/enquiries/records.ts';
import { DAY_MS, workingDaysPassed } from '../../lib/enquiries/working-days.ts';
import { paths } from '../../lib/paths.ts';
import type { Storage } from '../storage/storage.ts';
import type { Job } from './scheduler.ts';

const BATCH = 200;
const CHECK_EVERY_MS = 10 * 60_000;

/** Each job runs once in every 10 minutes of the server's clock, named by when they start. */
export const followUpPeriod = (now: Date): string =>
  new Date(now.getTime() - (now.getTime() % CHECK_EVERY_MS)).toISOString();

/**
 * Records the follow-up of every enquiry due for it at `now`, oldest first, with the mails
 * `mailsOf` gives; answers how many were recorded.
 */
async function followUp(
  storage: Storage,
  kind: FollowUpKind,
  now: Date,
  mailsOf: (enquiry: StoredEnquiry) => NewMail[],
): Promise<number> {
  const days = followUpAfterWorkingDays[kind];
  const from = new Date(now.getTime() - FOLLOW_UP_WINDOW_DAYS * DAY_MS);
  // Working days are never more than calendar days: everything due was received before this.
  const before = new Date(now.getTime() - days * DAY_MS);
  let recorded = 0;
  for (;;) {
    const pending = await storage.followUps.pending(kind, from, before, BATCH);
    // Oldest first: once one is not due yet, neither is any later one.
    const due = pending.filter((e) => workingDaysPassed(new Date(e.createdAt), now, days));
    if (due.length === 0) return recorded;
    const items = due.map((enquiry) => ({ enquiryId: enquiry.id, mails: mailsOf(enquiry) }));
    recorded += (await storage.followUps.record(kind, items, now)).length;
    if (due.length < pending.length || pending.length < BATCH) return recorded;
  }
}

/** Mailed to each account of the producer, or to its contact email when it has none. */
export function reminderJob(options: {
  storage: Storage;
  catalogue: () => Promise<ServerCatalogue>;
  siteUrl: URL;
}): Job {
  const { storage } = options;
  return {
    name: 'reminders',
    period: followUpPeriod,
    async run(now) {
      const catalogue = await options.catalogue();
      const accounts = Map.groupBy(await storage.accounts.list(), (a) => a.producer);
      const count = await followUp(storage, 'reminder', now, (enquiry) => {
        const emails = accounts.get(enquiry.producer)?.map((a) => a.email);
        const contact = catalogue.producer(enquiry.producer)?.contacts.email;
        const inbox = new URL(paths.admin.enquiry(enquiry.id), options.siteUrl).href;
        return (emails ?? (contact ? [contact] : [])).map((recipient) =>
          reminderMail(enquiry, catalogue, followUpAfterWorkingDays.reminder, recipient, inbox),
        );
      });
      return `${count} reminders`;
    },
  };
}

/** Listed for staff on the admin home (the storage keeps the record); nothing is mailed. */
export const escalationJob = (storage: Storage): Job => ({
  name: 'escalations',
  period: followUpPeriod,
  async run(now) {
    return `${await followUp(storage, 'escalation', now, () => [])} escalated`;
  },
});
