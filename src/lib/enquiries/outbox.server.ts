import type { DatabaseSync } from 'node:sqlite';
import nodemailer from 'nodemailer';

interface OutboxRow {
  id: number;
  recipient: string;
  reply_to: string | null;
  subject: string;
  body: string;
  attempts: number;
}

export interface OutboxOptions {
  smtpUrl: string;
  from: string;
  /** Wait before the first retry; it doubles with each failure, up to six hours. */
  retryBaseMs?: number;
  maxAttempts?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface Outbox {
  /** Sends what is due now; runs once at a time. */
  deliver(): Promise<void>;
  /** Delivers after each stored enquiry and on a timer for retries. */
  start(intervalMs?: number): void;
  stop(): void;
}

const MAX_DELAY_MS = 6 * 60 * 60_000;

/**
 * Mails wait in the outbox table, written in the same transaction as their enquiry, and go out
 * after the commit: a slow or failing mail server never delays or loses an enquiry.
 */
export function createOutbox(db: DatabaseSync, options: OutboxOptions): Outbox {
  const retryBaseMs = options.retryBaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 12;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  const transport = nodemailer.createTransport(options.smtpUrl);
  const due = db.prepare(`
    SELECT id, recipient, reply_to, subject, body, attempts FROM outbox
    WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ? ORDER BY id LIMIT 20`);
  const markSent = db.prepare(
    'UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?',
  );
  const markFailed = db.prepare(
    'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?',
  );

  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function run() {
    for (;;) {
      const rows = due.all(maxAttempts, now().toISOString()) as unknown as OutboxRow[];
      if (rows.length === 0) return;
      for (const row of rows) {
        try {
          await transport.sendMail({
            from: options.from,
            to: row.recipient,
            ...(row.reply_to ? { replyTo: row.reply_to } : {}),
            subject: row.subject,
            text: row.body,
          });
          markSent.run(now().toISOString(), row.id);
        } catch (error) {
          const delay = Math.min(retryBaseMs * 2 ** row.attempts, MAX_DELAY_MS);
          const reason = error instanceof Error ? error.message : String(error);
          markFailed.run(new Date(now().getTime() + delay).toISOString(), reason.slice(0, 500), row.id);
          log(`outbox: mail ${row.id} to ${row.recipient} failed (attempt ${row.attempts + 1}): ${reason}`);
        }
      }
    }
  }

  async function deliver(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })()
      .catch((error) => log(`outbox: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    deliver,
    start(intervalMs = Math.min(retryBaseMs, 60_000)) {
      timer ??= setInterval(() => void deliver(), intervalMs).unref();
      void deliver();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      transport.close();
    },
  };
}
