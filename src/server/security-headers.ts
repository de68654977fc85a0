import type { ServerResponse } from 'node:http';

/**
 * Scripts come only from the site's own files (the build never inlines them), so the policy
 * needs no hashes. Styles may be inline: every page carries its CSS in <style> blocks
 * (build.inlineStylesheets 'always', so no stylesheet request blocks the first paint), and one
 * policy for every response cannot list the hashes of each page's blocks. Styles cannot run code;
 * scripts stay without 'unsafe-inline'.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Set before the Astro handler runs, so static files, pages, API replies and errors all carry them. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
}
