import type { DatabaseSync } from 'node:sqlite';

/** How long enquiries are kept (the privacy page says so): 24 months, then deleted. */
export const RETENTION_MONTHS = 24;
const KEY_DAYS = 30;

/** Deletes enquiries past retention (their lines and mails go with them), old keys and sessions. */
export function purgeExpired(db: DatabaseSync, now = new Date()): { enquiries: number } {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RETENTION_MONTHS);
  const enquiries = db
    .prepare('DELETE FROM enquiries WHERE created_at < ?')
    .run(cutoff.toISOString()).changes;
  db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(
    new Date(now.getTime() - KEY_DAYS * 86_400_000).toISOString(),
  );
  db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(now.toISOString());
  return { enquiries: Number(enquiries) };
}
