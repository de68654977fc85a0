/**
 * What follows an enquiry: the messages between the buyer and the producer, the links that open
 * the buyer's tracking page, and where the enquiry stands as the buyer sees it. Records only, as
 * the domain knows them whatever stores them; the browser may load this module.
 */
import type { NewMail, StoredEnquiry } from './records.ts';

/** Who wrote a message: the buyer on the tracking page, the producer or staff in the inbox. */
export const messageAuthors = ['buyer', 'producer', 'staff'] as const;
export type MessageAuthor = (typeof messageAuthors)[number];

export interface StoredMessage {
  id: number;
  enquiryId: string;
  createdAt: string;
  author: MessageAuthor;
  /** The inbox account that wrote it; null for the buyer. */
  authorEmail: string | null;
  body: string;
}

/** A link to the buyer's tracking page: only the hash of its token is kept. */
export interface NewTrackingLink {
  tokenHash: string;
  submission: string;
}

/** A reply to store, with the mail that tells the other side and the link that mail carries. */
export interface NewMessage {
  enquiryId: string;
  author: MessageAuthor;
  authorEmail?: string;
  body: string;
  /** Idempotency key, per enquiry: the same reply sent twice is stored once. */
  key: string;
  /** ISO time, by the server's clock. */
  at: string;
  mails: NewMail[];
  links: NewTrackingLink[];
}

/** `closed`: the enquiry was closed before the reply arrived, and nothing was stored. */
export type MessageResult = { status: 'created' | 'replayed' | 'missing' | 'closed' };

/** Where an enquiry stands for the buyer. */
export const buyerStatuses = ['received', 'read', 'answered', 'closed'] as const;
export type BuyerStatus = (typeof buyerStatuses)[number];

export function buyerStatus(enquiry: Pick<StoredEnquiry, 'status' | 'readAt' | 'answeredAt'>): BuyerStatus {
  if (enquiry.status === 'closed') return 'closed';
  if (enquiry.answeredAt) return 'answered';
  return enquiry.readAt ? 'read' : 'received';
}

/** An enquiry of a tracked submission with its conversation, oldest message first. */
export interface TrackedEnquiry extends StoredEnquiry {
  messages: StoredMessage[];
}
