import nodemailer from 'nodemailer';
import type { OutboxStore } from '../storage/storage.ts';

export interface OutboxOptions {
  smtpUrl: string;
  from: string;
  /** Wait before the first retry; it doubles with each failure, up to six hours. */
  retryBaseMs: number;
  maxAttempts?: number;
  now?: () => Date;
  log: (message: string) => void;
}

export interface Outbox {
  /** Sends what is due now; runs once at a time in this process. */
  deliver(): Promise<void>;
  /** Delivers on a timer (for retries, and mails another instance stored). */
  start(intervalMs?: number): void;
  stop(): void;
}

const MAX_DELAY_MS = 6 * 60 * 60_000;
/** A claimed mail is another process's for this long; a sender that died releases it by timing out. */
const CLAIM_MS = 5 * 60_000;

/**
 * Mails wait in the outbox table, written in the same transaction as their enquiry, and go out
 * after the commit: a slow or failing mail server never delays or loses an enquiry. Each mail is
 * claimed before it is sent, so two server processes never send the same one.
 */
export function createOutbox(store: OutboxStore, options: OutboxOptions): Outbox {
  const maxAttempts = options.maxAttempts ?? 12;
  const now = options.now ?? (() => new Date());
  const transport = nodemailer.createTransport(options.smtpUrl);

  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function run() {
    for (;;) {
      const mails = await store.claimDue(now(), maxAttempts, 20, CLAIM_MS);
      if (mails.length === 0) return;
      for (const mail of mails) {
        try {
          await transport.sendMail({
            from: options.from,
            to: mail.recipient,
            ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
            subject: mail.subject,
            text: mail.body,
          });
          await store.markSent(mail.id, now());
        } catch (error) {
          const delay = Math.min(options.retryBaseMs * 2 ** mail.attempts, MAX_DELAY_MS);
          const reason = error instanceof Error ? error.message : String(error);
          await store.markFailed(mail.id, new Date(now().getTime() + delay), reason.slice(0, 500));
          options.log(`outbox: mail ${mail.id} failed (attempt ${mail.attempts + 1}): ${reason}`);
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
      .catch((error) => options.log(`outbox: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    deliver,
    start(intervalMs = Math.min(options.retryBaseMs, 60_000)) {
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
