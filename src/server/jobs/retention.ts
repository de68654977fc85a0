import type { Storage } from '../storage/storage.ts';
import type { Job } from './scheduler.ts';

/** Deletes what the retention rules say is over (src/lib/enquiries/retention.ts), once a day. */
export const retentionJob = (storage: Storage, day: (now: Date) => string): Job => ({
  name: 'retention',
  period: day,
  async run(now) {
    const { enquiries } = await storage.purge(now);
    return `${enquiries} enquiries past retention deleted`;
  },
});
