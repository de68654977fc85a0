/**
 * The storage several instances share: a PostgreSQL database (DATABASE_URL). Every write commits
 * with synchronous_commit on; enquiries and replies are committed in batches (submissions.ts,
 * conversations.ts); counters, leases, job runs, mail claims and follow-ups are atomic across
 * instances (row locks, conditional upserts).
 */
import type { Storage } from '../storage.ts';
import { postgresAccounts, postgresSessions } from './accounts.ts';
import { postgresAnalytics } from './analytics.ts';
import { postgresConversations } from './conversations.ts';
import { postgresCounters, postgresJobRuns, postgresLeases, postgresSecret } from './coordination.ts';
import { connect } from './database.ts';
import { postgresFairLeads } from './fair-leads.ts';
import { postgresFollowUps } from './follow-ups.ts';
import { postgresInbox } from './inbox.ts';
import { migrate } from './migrations.ts';
import { postgresOutbox } from './outbox-rows.ts';
import { postgresReminders } from './reminders.ts';
import { purgeExpired } from './retention.ts';
import { postgresSubmissions } from './submissions.ts';

/** Connects, brings the schema up to date, and answers the storage. */
export async function openPostgresStorage(url: string): Promise<Storage> {
  const sql = connect(url);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.end();
    throw error;
  }
  return {
    kind: 'postgres',
    enquiries: { ...postgresInbox(sql), ...postgresSubmissions(sql) },
    conversations: postgresConversations(sql),
    followUps: postgresFollowUps(sql),
    accounts: postgresAccounts(sql),
    sessions: postgresSessions(sql),
    counters: postgresCounters(sql),
    outbox: postgresOutbox(sql),
    leases: postgresLeases(sql),
    jobRuns: postgresJobRuns(sql),
    analytics: postgresAnalytics(sql),
    reminders: postgresReminders(sql),
    fairLeads: postgresFairLeads(sql),
    secret: postgresSecret(sql),
    purge: (now) => purgeExpired(sql, now),
    ping: async () => {
      await sql`SELECT 1`;
    },
    close: () => sql.end(),
  };
}
