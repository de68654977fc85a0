/**
 * Helpers of the enquiry tests and benchmark around the real production server
 * (scripts/lib/production-server.ts): the content the build was made from, accounts made with the
 * real command, the database read as an operator would, and responses read to the end.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  type ProductionServer,
  projectRoot,
  type StartOptions,
  startProductionServer,
} from '../../scripts/lib/production-server.ts';
import { paths } from '../../src/lib/paths.ts';

const root = new URL(`file://${projectRoot}`);
const node = process.execPath;

export type RunningServer = ProductionServer;

/** The server as the enquiry tests run it: its own data, no search (they do not search). */
export const startServer = (options: Omit<StartOptions, 'search'> = {}): Promise<RunningServer> =>
  startProductionServer({ ...options, search: 'none' });

/**
 * An inbox account made with the real command (`npm run users -- add …`), in the data folder's
 * database, or in PostgreSQL when `env` gives a DATABASE_URL.
 */
export function addUser(
  dataDir: string,
  email: string,
  password: string,
  role: 'staff' | 'producer',
  producer?: string,
  env: Record<string, string> = {},
) {
  const args = [
    'scripts/users.ts',
    'add',
    email,
    '--role',
    role,
    ...(producer ? ['--producer', producer] : []),
  ];
  execFileSync(node, args, {
    cwd: root,
    env: { ...process.env, ...env, OCOP_DATA_DIR: dataDir, OCOP_PASSWORD: password },
  });
}

export interface ContentProduct {
  slug: string;
  producer: string;
  minimumOrder?: { amount: number; unit: string };
  samples: boolean;
}

/**
 * A product of one producer and one of another (the first in the content, and the next of
 * another producer): for tests of what one producer's account may see of another's enquiries.
 */
export function twoProducers(): { mine: ContentProduct; theirs: ContentProduct } {
  const products = contentProducts();
  const mine = products[0];
  const theirs = products.find((p) => p.producer !== mine?.producer);
  if (!mine || !theirs) throw new Error('the content needs two producers');
  return { mine, theirs };
}

/** Products from the content the build was made from (the tests pick theirs from it). */
export function contentProducts(): ContentProduct[] {
  const dir = new URL('content/products/', root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ContentProduct & {
        trade: { minimumOrder?: { amount: number; unit: string }; samples: boolean };
      };
      return {
        slug: f.replace(/\.json$/, ''),
        producer: data.producer,
        samples: data.trade.samples,
        ...(data.trade.minimumOrder ? { minimumOrder: data.trade.minimumOrder } : {}),
      };
    });
}

interface ProducerFile {
  name: { vi: string; en: string };
  contacts: { email?: string };
}
const producerFile = (slug: string) =>
  JSON.parse(readFileSync(new URL(`content/producers/${slug}.json`, root), 'utf8')) as ProducerFile;

export const producerEmail = (slug: string): string | undefined => producerFile(slug).contacts.email;

export const producerName = (slug: string): ProducerFile['name'] => producerFile(slug).name;

/** Opens the server's database file read-only, the way an operator would inspect it. */
export function readDatabase(dataDir: string): DatabaseSync {
  return new DatabaseSync(join(dataDir, 'ocop.sqlite'), { readOnly: true });
}

/** A response read to the end: an unread body would keep its connection busy between tests. */
export interface Answer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  text: () => Promise<string>;
  json: () => Promise<unknown>;
}

export async function answer(response: Response): Promise<Answer> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // ignoreBOM: keep a byte-order mark in the text, where a test can see it.
  const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: async () => body,
    json: async () => JSON.parse(body),
  };
}

/** A browser-like session: keeps the cookie and sends the site's own Origin on POST. */
export class InboxSession {
  cookie = '';
  readonly server: RunningServer;
  constructor(server: RunningServer) {
    this.server = server;
  }
  async get(path: string) {
    return answer(
      await fetch(`${this.server.url}${path}`, { headers: { cookie: this.cookie }, redirect: 'manual' }),
    );
  }
  async post(path: string, fields: Record<string, string>, origin: string | null = this.server.url) {
    const response = await fetch(`${this.server.url}${path}`, {
      method: 'POST',
      headers: {
        cookie: this.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        ...(origin ? { origin } : {}),
      },
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return answer(response);
  }
  /** As a browser does: open the login page (following its canonical redirect), post its form back. */
  async loginPage(): Promise<string> {
    const page = await fetch(`${this.server.url}${paths.admin.login}`);
    await page.arrayBuffer();
    return new URL(page.url).pathname;
  }
  async login(email: string, secret: string, origin: string | null = this.server.url) {
    return this.post(await this.loginPage(), { email, password: secret }, origin);
  }
  async csrf(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    return /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }
}
