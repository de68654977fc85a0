/**
 * The enquiry services as the server runs them, configured from the environment. Imported by
 * on-demand routes only (API and inbox); never by prerendered pages or the browser.
 */
import { OCOP_DATA_DIR, SMTP_URL, TRUST_PROXY } from 'astro:env/server';
import { createRateLimiter, parseRateLimit } from '../auth/rate-limit.server.ts';
import { loadServerCatalogue } from '../content/server-catalogue.server.ts';
import { defaultDataDir } from '../db/database.server.ts';
import { SITE_URL } from '../site.ts';
import { enquiryService } from './service.server.ts';

export const trustProxy = TRUST_PROXY;

/** The public site's origin may post (besides the host the browser addressed, see same-origin.server.ts). */
export const publicOrigins = [new URL(SITE_URL).origin];

export const services = () =>
  enquiryService({
    dataDir: OCOP_DATA_DIR ?? defaultDataDir,
    smtpUrl: SMTP_URL,
    mailFrom: process.env.SMTP_FROM ?? `OCOP Bắc Kạn <no-reply@${new URL(SITE_URL).hostname}>`,
    ...(process.env.OCOP_MAIL_RETRY_SECONDS
      ? { mailRetryMs: Number(process.env.OCOP_MAIL_RETRY_SECONDS) * 1000 }
      : {}),
  });

/** Accepted enquiries per client address: 20 per 10 minutes by default (fair stands share one address). */
export const enquiryLimiter = createRateLimiter(
  parseRateLimit(process.env.OCOP_ENQUIRY_RATE_LIMIT, { capacity: 20, windowMs: 600_000 }),
);

/** Failed sign-ins, per client address and per account email: 10 per 15 minutes. */
export const loginLimiter = createRateLimiter(
  parseRateLimit(process.env.OCOP_LOGIN_RATE_LIMIT, { capacity: 10, windowMs: 900_000 }),
);

export const enquiryProducts = loadServerCatalogue;
