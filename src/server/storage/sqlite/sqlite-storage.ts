/**
 * The default storage: one SQLite file in the data folder (`ocop.sqlite`). Durable writes of
 * enquiries and replies go through the writer thread; the server's own connection reads, and
 * writes what may wait for the next checkpoint to reach the disk (sessions, counters, leases,
 * read marks): in WAL mode with synchronous=NORMAL those survive a crash of the process, not of
 * the machine.
 */
import type { Storage } from '../storage.ts';
import { sqliteAccounts, sqliteSessions } from './accounts.ts';
import { sqliteAnalytics } from './analytics.ts';
import { sqliteConversations } from './conversations.ts';
import { sqliteCounters, sqliteJobRuns, sqliteLeases, sqliteSecret } from './coordination.ts';
import { databaseFile, openDatabase } from './database.ts';
import { createEnquiryWriter } from './enquiry-writer.ts';
import { sqliteFairLeads } from './fair-leads.ts';
import { sqliteFollowUps } from './follow-ups.ts';
import { sqliteInbox } from './inbox.ts';
import { sqliteOutbox } from './outbox-rows.ts';
import { sqliteReminders } from './reminders.ts';
import { purgeExpired } from './retention.ts';
import { previousResult } from './submission-store.ts';

export function openSqliteStorage(dataDir: string): Storage {
  const db = openDatabase(dataDir);
  db.exec('PRAGMA synchronous = NORMAL;');
  const writer = createEnquiryWriter(databaseFile(dataDir));
  return {
    kind: 'sqlite',
    enquiries: {
      ...sqliteInbox(db),
      submit: (submission, time) => writer.submit(submission, time),
      replay: async (submission, derivedSince) => previousResult(db, submission, derivedSince),
    },
    conversations: sqliteConversations(db, writer),
    followUps: sqliteFollowUps(db),
    accounts: sqliteAccounts(db),
    sessions: sqliteSessions(db),
    counters: sqliteCounters(db),
    outbox: sqliteOutbox(db),
    leases: sqliteLeases(db),
    jobRuns: sqliteJobRuns(db),
    analytics: sqliteAnalytics(db),
    reminders: sqliteReminders(db),
    fairLeads: sqliteFairLeads(db),
    secret: sqliteSecret(db),
    purge: async (now) => purgeExpired(db, now),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await writer.close();
      db.close();
    },
  };
}
