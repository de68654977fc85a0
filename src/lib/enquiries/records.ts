/**
 * The records of enquiries as the domain knows them, whatever stores them: what a submission
 * writes, what the client is told, and what the inbox reads back.
 */
import type { EnquiryStatus } from './status.ts';

export interface NewLine {
  product: string;
  quantity?: number;
  unit?: string;
  sample: boolean;
  targetPrice?: number;
  deliveryFrom?: string;
  deliveryTo?: string;
}

/** One enquiry: what one producer receives. */
export interface NewEnquiry {
  id: string;
  producer: string;
  locale: 'vi' | 'en';
  name: string;
  organization?: string;
  email?: string;
  phone?: string;
  message?: string;
  quantity?: string;
  lines: NewLine[];
}

/** A notification to send after the commit (see outbox.server.ts). */
export interface NewMail {
  enquiryId: string;
  recipient: string;
  replyTo?: string;
  subject: string;
  body: string;
}

/** What the client is told, stored with the idempotency key so a retry is told the same. */
export interface Receipt {
  /** The submission, so that a retry can be given a tracking link to it (absent in older receipts). */
  submission?: string;
  enquiries: { id: string; producer: string; products: string[] }[];
}

export const receiptOf = (submission: string, enquiries: NewEnquiry[]): Receipt => ({
  submission,
  enquiries: enquiries.map((e) => ({
    id: e.id,
    producer: e.producer,
    products: e.lines.map((l) => l.product),
  })),
});

/** Everything one request stores: one enquiry per producer, their mails, under one key. */
export interface Submission {
  key: string;
  /** A key the server derived (no key was sent): it only dedupes for a while. */
  derivedKey: boolean;
  fingerprint: string;
  submissionId: string;
  /** The hash of the buyer's tracking link (the link itself is never stored). */
  trackingHash: string;
  enquiries: NewEnquiry[];
  mails: NewMail[];
}

export type SubmissionResult =
  | { status: 'created' | 'replayed'; receipt: Receipt }
  /** The key was used before for different content. */
  | { status: 'conflict' };

/** When, by the server's clock: a derived key older than derivedSince no longer counts. */
export interface SubmissionTime {
  at: string;
  derivedSince: string;
}

/** What the inbox list can be narrowed to; dates are calendar days in Vietnam (UTC+7). */
export interface InboxFilter {
  status?: EnquiryStatus;
  producer?: string;
  from?: string;
  to?: string;
}

export interface EnquiryLine {
  product: string;
  quantity: number | null;
  unit: string | null;
  sample: boolean;
  targetPrice: number | null;
  deliveryFrom: string | null;
  deliveryTo: string | null;
}

export interface StoredEnquiry {
  id: string;
  createdAt: string;
  /** The submission it came with: one tracking page shows all of them. */
  submission: string;
  producer: string;
  locale: 'vi' | 'en';
  name: string;
  organization: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  quantity: string | null;
  status: EnquiryStatus;
  /** When a producer account first opened it. */
  readAt: string | null;
  /** When it was first answered: a reply from the inbox, or marked answered. */
  answeredAt: string | null;
  /** The fair whose booth noted it (a lead), or null. */
  fair: string | null;
  lines: EnquiryLine[];
}
