/**
 * The server's log: one JSON object per line on standard output (time, level, msg and fields),
 * which a log collector reads as it is. Lines are gathered and written once per turn of the
 * event loop: at thousands of requests a second, one write each would cost more than the rest.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** Writes what is gathered now (before the process exits). */
  flush(): void;
}

export function createLogger(write: (text: string) => void = (text) => process.stdout.write(text)): Logger {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    write(text);
  };
  const line =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
    };
  return { info: line('info'), warn: line('warn'), error: line('error'), flush };
}

/** An error as one line of text (its stack when it has one). */
export const describeError = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);
