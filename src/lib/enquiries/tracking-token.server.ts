import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../paths.ts';
import { secureRandomBytes } from '../security/random-bytes.server.ts';

/**
 * The secret part of a buyer's tracking link: 256 random bits, so no one finds a page by guessing.
 * Only its hash is stored; a plain SHA-256 is enough, since a random token has no dictionary to
 * try (unlike a password).
 */
export interface TrackingToken {
  token: string;
  hash: string;
}

export const hashTrackingToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

export function newTrackingToken(): TrackingToken {
  const token = secureRandomBytes(32).toString('base64url');
  return { token, hash: hashTrackingToken(token) };
}

/** A new link to a tracking page: the hash to store, the site's full URL to send the buyer. */
export function newTrackingLink(locale: Locale, siteUrl: string | URL): TrackingToken & { url: string } {
  const { token, hash } = newTrackingToken();
  return { token, hash, url: new URL(paths.tracking(locale, token), siteUrl).href };
}

/** The shape of a token (43 base64url characters): anything else opens nothing, without a look-up. */
export const isTrackingToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
