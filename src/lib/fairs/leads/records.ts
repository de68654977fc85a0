/**
 * Leads noted at a fair's booth as the domain knows them, whatever stores them, and the rows the
 * fair report is counted from. A lead keeps no contact details: those go into the enquiries it
 * became (one per producer concerned), which its receipt names.
 */
import type { Receipt } from '../../enquiries/records.ts';

export interface NewLead {
  /** The idempotency key made on the tablet: the lead is stored once per key. */
  key: string;
  /** What identifies its content: the same key with other content is refused. */
  fingerprint: string;
  fair: string;
  /** When staff noted it (a lead sent later from an offline tablet keeps its own time). */
  capturedAt: string;
  /** The submission of its enquiries, tagged with the fair when the lead is recorded. */
  submission: string;
  receipt: Receipt;
  /** When the server recorded it. */
  at: string;
}

export type StoredLead = Pick<NewLead, 'key' | 'fingerprint' | 'fair' | 'capturedAt' | 'receipt'>;

/** An enquiry as the fair report counts it: when, about which products, whether answered. */
export interface ReportEnquiry {
  id: string;
  createdAt: string;
  submission: string;
  fair: string | null;
  answeredAt: string | null;
  products: string[];
}

/** QR code scans of a fair's material on one day, for one product (all media together). */
export interface ScanDay {
  day: string;
  product: string;
  scans: number;
}
