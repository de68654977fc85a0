/**
 * Notification mail through a real SMTP server (smtp-server, in this process): the producer's
 * contact email receives each new enquiry; a mail server that is down delays the mail, never
 * the enquiry, and the outbox delivers once it is back.
 */
import { SMTPServer } from 'smtp-server';
import { afterAll, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import { contentProducts, producerEmail, type RunningServer, startServer } from './enquiries-server.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

function smtp(port: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        data += chunk;
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  return {
    received,
    listen: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text of a single-part mail, whichever transfer encoding nodemailer chose for it. */
function bodyText(data: string): string {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split);
  const body = data.slice(split + 4);
  const encoding = /^Content-Transfer-Encoding: (.+)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

const until = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
};

const product = contentProducts().find((p) => producerEmail(p.producer));
if (!product) throw new Error('the content needs a producer with a contact email');
const recipient = producerEmail(product.producer) as string;

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn();
});

const enquire = async (server: RunningServer, name: string) => {
  const started = Date.now();
  const response = await fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({
      product: product.slug,
      name,
      email: 'buyer@example.vn',
      message: 'Xin báo giá 500 kg',
      consent: true,
    }),
  });
  const { ids } = (await response.json()) as { ids: string[] };
  return { status: response.status, id: ids[0] as string, ms: Date.now() - started };
};

test('the producer receives each new enquiry by mail', async () => {
  const port = await freePort();
  const mail = smtp(port);
  await mail.listen();
  cleanup.push(mail.close);
  const server = await startServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'OCOP Bắc Kạn <no-reply@ocop.test>' },
  });
  cleanup.push(server.stop);

  const { status, id } = await enquire(server, 'Người mua thử');
  expect(status).toBe(201);
  expect(await until(() => mail.received.length === 1, 15_000)).toBe(true);
  const [message] = mail.received;
  expect(message?.to).toEqual([recipient]);
  expect(message?.from).toBe('no-reply@ocop.test');
  expect(message?.data).toMatch(/^Reply-To: buyer@example\.vn/m);
  const text = bodyText(message?.data ?? '');
  expect(text).toContain(`mã ${id}`);
  expect(text).toContain('Người mua thử');
  expect(text).toContain('Xin báo giá 500 kg');
  expect(text).toContain(`/admin/enquiries/${id}/`);
});

test('a mail server that is down delays the mail, not the enquiry; the outbox retries', {
  timeout: 60_000,
}, async () => {
  const port = await freePort();
  const server = await startServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, OCOP_MAIL_RETRY_SECONDS: '1' },
  });
  cleanup.push(server.stop);

  const { status, id, ms } = await enquire(server, 'Gửi khi thư hỏng');
  expect(status).toBe(201);
  expect(ms).toBeLessThan(2000);

  // Let a few attempts fail, then bring the mail server up on the address the site was given.
  await new Promise((r) => setTimeout(r, 2500));
  const mail = smtp(port);
  await mail.listen();
  cleanup.push(mail.close);
  const about = () => mail.received.filter((m) => bodyText(m.data).includes(id));
  expect(await until(() => about().length > 0, 40_000)).toBe(true);
  await new Promise((r) => setTimeout(r, 1500));
  expect(about()).toHaveLength(1);
});
