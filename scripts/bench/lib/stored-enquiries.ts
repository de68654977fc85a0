/**
 * Where the enquiry benchmarks look for what they were told is stored: the SQLite file read as
 * an operator would, or PostgreSQL after a simulated power cut (stopped without a checkpoint,
 * then recovered from its WAL), so only what reached the disk is counted.
 */
import postgres from 'postgres';
import { readDatabase } from '../../../tests/integration/enquiries-server.ts';
import type { PostgresServer } from '../../lib/postgres-server.ts';

/** The references of the enquiries on disk, and how many replies. */
export interface Stored {
  enquiries: Set<string>;
  replies: number;
}

export function storedInSqlite(dataDir: string): Stored {
  const db = readDatabase(dataDir);
  try {
    const ids = db.prepare('SELECT id FROM enquiries').all() as { id: string }[];
    const replies = db.prepare('SELECT count(*) AS n FROM enquiry_messages').get() as { n: number };
    return { enquiries: new Set(ids.map((r) => r.id)), replies: Number(replies.n) };
  } finally {
    db.close();
  }
}

export async function storedInPostgresAfterCrash(
  server: PostgresServer,
  databaseUrl: string,
): Promise<Stored> {
  await server.crashAndRecover();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const ids = await sql<{ id: string }[]>`SELECT id FROM enquiries`;
    const [replies] = await sql<{ n: string }[]>`SELECT count(*) AS n FROM enquiry_messages`;
    return { enquiries: new Set(ids.map((r) => r.id)), replies: Number(replies?.n) };
  } finally {
    await sql.end();
  }
}

/** The PostgreSQL settings that decide whether a commit is on disk when it returns. */
export async function durabilitySettings(databaseUrl: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ fsync: string; synchronous_commit: string; version: string }[]>`
      SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit,
        current_setting('server_version') AS version`;
    return `PostgreSQL ${row?.version}, fsync ${row?.fsync}, synchronous_commit ${row?.synchronous_commit} (the server's default; the site's sessions set it on)`;
  } finally {
    await sql.end();
  }
}
