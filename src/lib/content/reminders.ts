/**
 * When the producer and the office are reminded that a certificate ends: 90 and 30 days before it
 * expires and on the day it does. Pure functions of ISO calendar days, shared by the server's
 * daily job (src/server/jobs/reminders.ts) and the office's certificates page.
 */
import { addDays, certificateDates, statusOn } from './certificate-status.ts';

export const reminderMilestones = ['90-days', '30-days', 'expiry'] as const;
export type ReminderMilestone = (typeof reminderMilestones)[number];

const daysBefore: Record<ReminderMilestone, number> = { '90-days': 90, '30-days': 30, expiry: 0 };
/**
 * A reminder still goes this long after its day (the server was down): the expiry reminder, the
 * last one, only for a month, so a server started years later does not mail every lapsed producer.
 */
const EXPIRY_REMINDER_LATE_DAYS = 30;

/** The day a reminder is due for a certificate that ends on `expiresOn`. */
export const milestoneDay = (expiresOn: string, milestone: ReminderMilestone): string =>
  addDays(expiresOn, -daysBefore[milestone]);

/** A reminder for one certificate: the certificate is known by its product and the day it ends. */
export interface Reminder {
  product: string;
  expiresOn: string;
  milestone: ReminderMilestone;
}

/** A reminder the server has queued, and when. */
export interface SentReminder extends Reminder {
  sentAt: string;
}

/**
 * The one reminder due on `today` for a product's certificates, if any: the latest milestone
 * whose day has come, while the next one's has not (or, for the expiry, within a month). Only the
 * current certificate (the last, as everywhere on the site) counts, so a renewal published before
 * a reminder's day cancels it; a revoked certificate is reminded of nothing. After missed days
 * only the latest due milestone goes.
 */
export function dueMilestone(
  certificates: readonly Parameters<typeof certificateDates>[0][],
  today: string,
): Omit<Reminder, 'product'> | undefined {
  const current = certificates.at(-1);
  if (!current) return undefined;
  const dates = certificateDates(current);
  if (statusOn(dates, today) === 'revoked') return undefined;
  const { expiresOn } = dates;
  if (today > addDays(expiresOn, EXPIRY_REMINDER_LATE_DAYS)) return undefined;
  const milestone = reminderMilestones.findLast((m) => milestoneDay(expiresOn, m) <= today);
  return milestone ? { expiresOn, milestone } : undefined;
}
