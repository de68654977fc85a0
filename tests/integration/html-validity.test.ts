/**
 * Every page of the last build against the W3C Nu Html Checker (the pinned vnu-jar), in one Java
 * process over the whole client folder. Errors fail, and so do warnings: at a pinned checker
 * version they are few and each points at something real (a section without a heading, a page
 * whose text is not in its `lang`), so the one kept on purpose is named below. Info messages are
 * left out by the checker itself (--skip-info-messages): they remark on valid markup.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const client = join(process.cwd(), 'dist', 'client');
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Warnings we keep: WebKit drops the list semantics of a list styled `list-style: none` unless
 * role="list" restates them, so the role the checker calls unnecessary is needed there.
 */
const keptWarnings = [/^The “list” role is unnecessary for element “(ul|ol)”\.$/];

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** The checker's messages about every HTML file under `folder`. */
function check(folder: string): Message[] {
  const options = [
    '--skip-non-html',
    '--skip-info-messages',
    '--format',
    'json',
    '--stdout',
    '--exit-zero-always',
  ];
  const run = spawnSync('java', ['-jar', vnuJar, ...options, folder], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      'The HTML validity test needs Java 17 or newer on PATH to run the Nu Html Checker: ' +
        'install it (Debian/Ubuntu: sudo apt-get install default-jre-headless); npm test does so when run as root.',
    );
  }
  if (run.error || run.status !== 0)
    throw new Error(`the Nu Html Checker failed: ${run.error ?? run.stderr}`);
  return (JSON.parse(run.stdout) as { messages: Message[] }).messages;
}

const isKept = (m: Message) => m.subType === 'warning' && keptWarnings.some((kept) => kept.test(m.message));
const pageOf = (m: Message) => (m.url ? `/${relative(client, fileURLToPath(m.url))}` : '(no page)');
const lineOf = (m: Message) =>
  `${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.subType ? `${m.type}/${m.subType}` : m.type}: ${m.message}`;

/** "line:column type: message" by page, for the messages that fail the test. */
function failuresByPage(messages: Message[]): Record<string, string[]> {
  const failing = Map.groupBy(
    messages.filter((m) => !isKept(m)),
    pageOf,
  );
  return Object.fromEntries([...failing].map(([page, found]) => [page, found.map(lineOf)]));
}

describe('HTML validity of the build', () => {
  it('finds no error and no unexpected warning on any built page', () => {
    const pages = readdirSync(client, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    // An empty build would pass unchecked.
    expect(pages.length).toBeGreaterThan(300);
    expect(failuresByPage(check(client))).toEqual({});
  }, 600_000);
});
