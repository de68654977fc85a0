import { dueMilestone } from '../../lib/content/reminders.ts';
import type { ServerCatalogue } from '../../lib/content/server-catalogue.ts';
import { reminderMail } from '../../lib/i18n/reminder-mail.ts';
import { absoluteUrl, paths } from '../../lib/paths.ts';
import type { AccountStore, ReminderStore } from '../storage/storage.ts';
import type { Job } from './scheduler.ts';

export interface ReminderJobParts {
  /** The catalogue of the build being served: a renewal published today counts today. */
  catalogue: () => Promise<ServerCatalogue>;
  accounts: AccountStore;
  reminders: ReminderStore;
  siteUrl: URL;
  officeEmail: string | undefined;
  /** The calendar day of an instant (Vietnam's, shifted by OCOP_TODAY). */
  day: (now: Date) => string;
  /** Called when mails were queued, to send them now rather than at the outbox's next round. */
  queued: () => void;
}

/**
 * Once a day, mails each producer's inbox accounts and the office about certificates that end:
 * 90 and 30 days before and on the day (src/lib/content/reminders.ts). The reminder store keeps
 * each certificate's milestone once, whatever runs it, so a second instance, a restart or a
 * rerun of the day never mails twice.
 */
export const remindersJob = (parts: ReminderJobParts): Job => ({
  name: 'certificate-reminders',
  period: parts.day,
  async run(now) {
    const today = parts.day(now);
    const catalogue = await parts.catalogue();
    const accounts = Map.groupBy(
      (await parts.accounts.list()).filter((a) => a.role === 'producer'),
      (a) => a.producer,
    );
    let queued = 0;
    let unaddressed = 0;
    for (const product of catalogue.products) {
      const due = dueMilestone(product.certificates, today);
      const certificate = product.certificates.at(-1);
      if (!due || !certificate) continue;
      const recipients = new Set(
        [...(accounts.get(product.producer.slug) ?? []).map((a) => a.email), parts.officeEmail].filter(
          (email): email is string => Boolean(email),
        ),
      );
      // Nobody to tell yet: left unrecorded, so it goes once an account or the office address is added.
      if (recipients.size === 0) {
        unaddressed++;
        continue;
      }
      const mail = reminderMail({
        milestone: due.milestone,
        product: product.name.vi,
        producer: product.producer.name.vi,
        stars: certificate.stars,
        decision: certificate.decision,
        expiresOn: due.expiresOn,
        productUrl: absoluteUrl(paths.product('vi', product.slug), parts.siteUrl),
        officeEmail: parts.officeEmail,
      });
      const mails = [...recipients].map((recipient) => ({ recipient, ...mail }));
      if (await parts.reminders.record({ product: product.slug, ...due }, mails, now)) queued++;
    }
    if (queued > 0) parts.queued();
    return `${queued} reminders queued, ${unaddressed} without a recipient`;
  },
});
