import { retainedFrom } from '../../lib/analytics/records.ts';
import type { Storage } from '../storage/storage.ts';
import type { Job } from './scheduler.ts';

/**
 * Deletes what the retention rules say is over (src/lib/enquiries/retention.ts), and the office's
 * statistics of days more than 13 months ago (src/lib/analytics/records.ts), once a day.
 */
export const retentionJob = (storage: Storage, day: (now: Date) => string): Job => ({
  name: 'retention',
  period: day,
  async run(now) {
    const { enquiries } = await storage.purge(now);
    const counts = await storage.analytics.purgeBefore(retainedFrom(day(now)));
    return `${enquiries} enquiries past retention deleted, ${counts} rows of statistics`;
  },
});
