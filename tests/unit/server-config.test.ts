/** The production server's settings: read once from the environment, every mistake named. */
import { expect, test } from 'vitest';
import { EXAMPLE_SITE_URL } from '../../src/lib/example-site.ts';
import { ConfigError, loadServerConfig } from '../../src/server/config.ts';

test('defaults: the example site on localhost:4321, data in .data, limits on, no mail, no fixed day', () => {
  const config = loadServerConfig({});
  expect(config.port).toBe(4321);
  expect(config.host).toBe('localhost');
  expect(config.siteUrl.href).toBe(`${EXAMPLE_SITE_URL}/`);
  expect(config.dataDir).toMatch(/\/\.data$/);
  expect(config.limits).toEqual({
    enquiries: { capacity: 20, windowMs: 600_000 },
    logins: { capacity: 10, windowMs: 900_000 },
    trackingGuesses: { capacity: 20, windowMs: 600_000 },
  });
  expect(config.mail).toBeUndefined();
  expect(config.today).toBeUndefined();
  expect(config.trustProxy).toBe(false);
  expect(config.databaseUrl).toBeUndefined();
});

test('DATABASE_URL chooses PostgreSQL, and must be a postgres:// URL', () => {
  const url = 'postgres://ocop:secret@db.internal:5432/ocop';
  expect(loadServerConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  expect(() => loadServerConfig({ DATABASE_URL: 'mysql://db/ocop' })).toThrow(
    /DATABASE_URL: a PostgreSQL URL/,
  );
});

test('reads rate limits as count/seconds, or off', () => {
  const config = loadServerConfig({
    OCOP_ENQUIRY_RATE_LIMIT: '5/60',
    OCOP_LOGIN_RATE_LIMIT: 'off',
    OCOP_TRACKING_RATE_LIMIT: '3/30',
  });
  expect(config.limits).toEqual({
    enquiries: { capacity: 5, windowMs: 60_000 },
    logins: undefined,
    trackingGuesses: { capacity: 3, windowMs: 30_000 },
  });
});

test('mail needs an smtp URL; the sender defaults to the site host', () => {
  const config = loadServerConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', SITE_URL: 'https://ocop.example.vn' });
  expect(config.mail).toEqual({
    smtpUrl: 'smtp://127.0.0.1:2525',
    from: 'OCOP Bắc Kạn <no-reply@ocop.example.vn>',
    retryMs: 60_000,
  });
});

test('refuses what is wrong, naming every variable', () => {
  let error: unknown;
  try {
    loadServerConfig({
      PORT: 'eighty',
      OCOP_TODAY: '2026-13-40',
      OCOP_ENQUIRY_RATE_LIMIT: 'lots',
      SMTP_URL: 'http://mail',
      TRUST_PROXY: 'yes',
      DATABASE_URL: 'ocop.sqlite',
    });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as Error).message;
  for (const name of [
    'PORT',
    'OCOP_TODAY',
    'OCOP_ENQUIRY_RATE_LIMIT',
    'SMTP_URL',
    'TRUST_PROXY',
    'DATABASE_URL',
  ]) {
    expect(message).toContain(name);
  }
});
