/**
 * Every setting of the production server and its command-line tools, read from the environment
 * once, at start, and validated: a mistyped value stops the start with the variable named,
 * instead of surfacing later as a strange error on some request. Nothing else in src/server
 * reads process.env; the parts get what they need from this object.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { EXAMPLE_SITE_URL } from '../lib/example-site.ts';
import type { RateLimit } from './auth/rate-limit.ts';

export interface MeiliSettings {
  /** An existing Meilisearch (MEILI_HOST): nothing is spawned. */
  host?: string;
  adminKey?: string;
  searchKey?: string;
  /** For the Meilisearch the site runs itself. */
  masterKey?: string;
  binary?: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** The public origin: links in mails, the origin whose pages may post, whether cookies are Secure. */
  siteUrl: URL;
  /** Absolute path of the runtime data folder (database, Meilisearch, keys). */
  dataDir: string;
  /** DATABASE_URL: a PostgreSQL database shared by every instance; the SQLite file in dataDir without it. */
  databaseUrl: string | undefined;
  /** Behind a reverse proxy: trust its X-Forwarded-For, -Host and -Proto. */
  trustProxy: boolean;
  /** OCOP_TODAY: the calendar day the site behaves as if it were (tests, acceptance checks). */
  today: string | undefined;
  meili: MeiliSettings;
  mail: { smtpUrl: string; from: string; retryMs: number } | undefined;
  /** OCOP_OFFICE_EMAIL: the OCOP office's address, copied on certificate reminders and named in them as the contact. */
  officeEmail: string | undefined;
  limits: {
    enquiries: RateLimit | undefined;
    logins: RateLimit | undefined;
    /** Wrong tracking-link tokens per client address. */
    trackingGuesses: RateLimit | undefined;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** "20/600" is 20 per 600 seconds; "off" (or 0) turns the limit off, for benchmarks and trusted kiosks. */
const rateLimit = (fallback: RateLimit) =>
  optional.transform((value, ctx): RateLimit | undefined => {
    if (value === undefined) return fallback;
    if (/^(off|0)$/i.test(value)) return undefined;
    const match = /^([1-9]\d*)\/([1-9]\d*)$/.exec(value);
    if (match) return { capacity: Number(match[1]), windowMs: Number(match[2]) * 1000 };
    ctx.addIssue({ code: 'custom', message: 'requests/seconds such as 20/600, or off' });
    return z.NEVER;
  });

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(4321),
  HOST: z.string().trim().min(1).default('localhost'),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL such as https://ocop.example.vn' })
    .default(EXAMPLE_SITE_URL),
  OCOP_DATA_DIR: optional,
  DATABASE_URL: optional.pipe(
    z
      .url({
        protocol: /^postgres(ql)?$/,
        error: 'a PostgreSQL URL such as postgres://user:password@host/ocop',
      })
      .optional(),
  ),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''], { error: 'true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  OCOP_TODAY: optional.refine(
    (value) => value === undefined || (isoDay.test(value) && !Number.isNaN(Date.parse(value))),
    'a day as YYYY-MM-DD',
  ),
  MEILI_HOST: optional.pipe(z.url({ error: 'the URL of a Meilisearch server' }).optional()),
  MEILI_ADMIN_KEY: optional,
  MEILI_SEARCH_KEY: optional,
  MEILI_MASTER_KEY: optional,
  MEILI_BINARY: optional,
  SMTP_URL: optional.pipe(z.url({ protocol: /^smtps?$/, error: 'an smtp:// or smtps:// URL' }).optional()),
  SMTP_FROM: optional,
  OCOP_OFFICE_EMAIL: optional.pipe(
    z.email({ error: 'an email address such as ocop@backan.gov.vn' }).optional(),
  ),
  OCOP_MAIL_RETRY_SECONDS: z.coerce.number().positive().default(60),
  OCOP_ENQUIRY_RATE_LIMIT: rateLimit({ capacity: 20, windowMs: 600_000 }),
  OCOP_LOGIN_RATE_LIMIT: rateLimit({ capacity: 10, windowMs: 900_000 }),
  OCOP_TRACKING_RATE_LIMIT: rateLimit({ capacity: 20, windowMs: 600_000 }),
});

/** Reads and checks the environment; throws a ConfigError naming every variable that is wrong. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`The server's settings are not valid:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const siteUrl = new URL(e.SITE_URL);
  return {
    port: e.PORT,
    host: e.HOST,
    siteUrl,
    dataDir: resolve(e.OCOP_DATA_DIR ?? '.data'),
    databaseUrl: e.DATABASE_URL,
    trustProxy: e.TRUST_PROXY,
    today: e.OCOP_TODAY,
    meili: {
      ...(e.MEILI_HOST ? { host: e.MEILI_HOST } : {}),
      ...(e.MEILI_ADMIN_KEY ? { adminKey: e.MEILI_ADMIN_KEY } : {}),
      ...(e.MEILI_SEARCH_KEY ? { searchKey: e.MEILI_SEARCH_KEY } : {}),
      ...(e.MEILI_MASTER_KEY ? { masterKey: e.MEILI_MASTER_KEY } : {}),
      ...(e.MEILI_BINARY ? { binary: e.MEILI_BINARY } : {}),
    },
    mail: e.SMTP_URL
      ? {
          smtpUrl: e.SMTP_URL,
          from: e.SMTP_FROM ?? `OCOP Bắc Kạn <no-reply@${siteUrl.hostname}>`,
          retryMs: e.OCOP_MAIL_RETRY_SECONDS * 1000,
        }
      : undefined,
    officeEmail: e.OCOP_OFFICE_EMAIL,
    limits: {
      enquiries: e.OCOP_ENQUIRY_RATE_LIMIT,
      logins: e.OCOP_LOGIN_RATE_LIMIT,
      trackingGuesses: e.OCOP_TRACKING_RATE_LIMIT,
    },
  };
}
