import type { DatabaseSync } from 'node:sqlite';
import { databaseFile, openDatabase } from '../db/database.server.ts';
import { createOutbox, type Outbox } from './outbox.server.ts';
import { purgeExpired } from './retention.server.ts';
import { createEnquiryWriter, type EnquiryWriter } from './writer.server.ts';

export interface EnquiryServiceOptions {
  dataDir: string;
  /** Without it enquiries are stored and shown in the inbox, and no mail is queued. */
  smtpUrl?: string | undefined;
  mailFrom: string;
  mailRetryMs?: number;
}

export interface EnquiryService {
  db: DatabaseSync;
  writer: EnquiryWriter;
  outbox?: Outbox;
}

const services = new Map<string, EnquiryService>();
const DAY_MS = 86_400_000;

/**
 * The database, the writer and the mail outbox of one data folder, started once per process:
 * migrations run on first use, expired data is purged then and daily.
 */
export function enquiryService(options: EnquiryServiceOptions): EnquiryService {
  const existing = services.get(options.dataDir);
  if (existing) return existing;
  const db = openDatabase(options.dataDir);
  const outbox = options.smtpUrl
    ? createOutbox(db, {
        smtpUrl: options.smtpUrl,
        from: options.mailFrom,
        ...(options.mailRetryMs ? { retryBaseMs: options.mailRetryMs } : {}),
      })
    : undefined;
  const writer = createEnquiryWriter(
    db,
    databaseFile(options.dataDir),
    outbox ? { onStored: () => void outbox.deliver() } : {},
  );
  purgeExpired(db);
  setInterval(() => purgeExpired(db), DAY_MS).unref();
  outbox?.start();
  const service: EnquiryService = { db, writer, ...(outbox ? { outbox } : {}) };
  services.set(options.dataDir, service);
  return service;
}
