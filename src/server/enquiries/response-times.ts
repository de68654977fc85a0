import {
  RESPONSE_WINDOW_DAYS,
  responseFigures,
  responseFiguresByProducer,
} from '../../lib/enquiries/response-figures.ts';
import { DAY_MS } from '../../lib/enquiries/working-days.ts';
import type { ResponseTimesService } from '../../lib/site-runtime.ts';
import type { Clock } from '../clock.ts';
import type { EnquiryStore } from '../storage/storage.ts';

/** Response figures from the stored enquiries of the window, at the time of asking. */
export function responseTimesService(enquiries: EnquiryStore, clock: Clock): ResponseTimesService {
  const window = () => {
    const now = clock.now();
    return { now, since: new Date(now.getTime() - RESPONSE_WINDOW_DAYS * DAY_MS) };
  };
  return {
    async producer(slug) {
      const { now, since } = window();
      return responseFigures(slug, await enquiries.responseTimes(since, slug), now);
    },
    async all() {
      const { now, since } = window();
      return responseFiguresByProducer(await enquiries.responseTimes(since), now);
    },
  };
}
