import postgres from 'postgres';

/** A pool of connections to the database (postgres.js). */
export type Sql = postgres.Sql;

/**
 * Connects to DATABASE_URL. Every commit waits until its WAL record is on disk
 * (synchronous_commit on for these sessions, whatever the server's default), so a write the
 * server acknowledged survives a crash of the database too.
 */
export function connect(url: string, max = 10): Sql {
  return postgres(url, {
    max,
    onnotice: () => {},
    connection: { application_name: 'ocop', synchronous_commit: 'on' },
  });
}
