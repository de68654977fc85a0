/**
 * Inbox accounts.
 *   npm run users -- add <email> --role staff|producer [--producer <slug>]
 *   npm run users -- list
 *   npm run users -- remove <email>
 * The password comes from OCOP_PASSWORD or, when it is not set, from standard input (one line;
 * piped, or typed at the prompt). The accounts live in the server's storage (DATABASE_URL, else OCOP_DATA_DIR).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { normalizeEmail, type Role, roles } from '../src/lib/auth/account.ts';
import { readKnownIds } from '../src/lib/content/content-ids.ts';
import { AccountError, addAccount } from '../src/server/auth/accounts.ts';
import { loadServerConfig } from '../src/server/config.ts';
import { openStorage } from '../src/server/storage/open-storage.ts';

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
  const storage = await openStorage(loadServerConfig());
  try {
    if (command === 'list') {
      for (const a of await storage.accounts.list())
        console.log(`${a.email}\t${a.role}${a.producer ? `\t${a.producer}` : ''}`);
      return 0;
    }
    if (command === 'remove' && email) {
      const removed = await storage.accounts.remove(normalizeEmail(email));
      console.log(removed ? `removed ${email}` : `no account for ${email}`);
      return removed ? 0 : 1;
    }
    if (command === 'add' && email) {
      const role = values.role as Role;
      if (!roles.includes(role)) throw new AccountError('--role must be staff or producer');
      if (values.producer && !readKnownIds().producers.has(values.producer)) {
        throw new AccountError(`no producer "${values.producer}" in content/producers/`);
      }
      const account = await addAccount(storage.accounts, {
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
    await storage.close();
  }
}

process.exitCode = await main();
