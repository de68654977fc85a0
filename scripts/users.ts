/**
 * Inbox accounts.
 *   npm run users -- add <email> --role staff|producer [--producer <slug>]
 *   npm run users -- list
 *   npm run users -- remove <email>
 * The password comes from OCOP_PASSWORD or, when it is not set, from standard input (one line;
 * piped, or typed at the prompt). The database is ${OCOP_DATA_DIR:-.data}/ocop.sqlite.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  AccountError,
  addAccount,
  listAccounts,
  type Role,
  removeAccount,
  roles,
} from '../src/lib/auth/users.server.ts';
import { readKnownIds } from '../src/lib/content/content-ids.ts';
import { closeDatabase, defaultDataDir, openDatabase } from '../src/lib/db/database.server.ts';

const usage =
  'usage: npm run users -- add <email> --role staff|producer [--producer <slug>] | list | remove <email>';

async function readPassword(): Promise<string> {
  if (process.env.OCOP_PASSWORD) return process.env.OCOP_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, producer: { type: 'string' } },
  });
  const [command, email] = positionals;
  const dataDir = process.env.OCOP_DATA_DIR ?? defaultDataDir;
  const db = openDatabase(dataDir);
  try {
    if (command === 'list') {
      for (const a of listAccounts(db))
        console.log(`${a.email}\t${a.role}${a.producer ? `\t${a.producer}` : ''}`);
      return 0;
    }
    if (command === 'remove' && email) {
      const removed = removeAccount(db, email);
      console.log(removed ? `removed ${email}` : `no account for ${email}`);
      return removed ? 0 : 1;
    }
    if (command === 'add' && email) {
      const role = values.role as Role;
      if (!roles.includes(role)) throw new AccountError('--role must be staff or producer');
      if (values.producer && !readKnownIds().producers.has(values.producer)) {
        throw new AccountError(`no producer "${values.producer}" in content/producers/`);
      }
      const account = await addAccount(db, {
        email,
        password: await readPassword(),
        role,
        ...(values.producer ? { producer: values.producer } : {}),
      });
      console.log(
        `added ${account.email} (${account.role}${account.producer ? `, ${account.producer}` : ''})`,
      );
      return 0;
    }
    console.error(usage);
    return 2;
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  } finally {
    closeDatabase(dataDir);
  }
}

process.exitCode = await main();
