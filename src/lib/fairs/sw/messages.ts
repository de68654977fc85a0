/** Messages between the fair pages (ocop-fair-offline) and the service worker. */

export type ToWorker =
  /** Keep this fair's pages, images and search index on the device. */
  | { type: 'cache-fair'; fair: string }
  /** The page saw the connection come back: send the queued enquiries now. */
  | { type: 'replay' };

export type FromWorker =
  | { type: 'fair-ready'; fair: string; pages: number; files: number; missing: string[] }
  | { type: 'fair-failed'; fair: string; reason: string }
  /** Enquiries waiting on this device, and those delivered or turned down by the API in the last 24 hours. */
  | { type: 'outbox'; pending: number; sent: number; refused: number };

export const OUTBOX_SYNC_TAG = 'ocop-enquiries';
