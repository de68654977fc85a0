/** Inbox accounts: who may be added, and whether a password is the account's. */
import { type Account, normalizeEmail, type Role } from '../../lib/auth/account.ts';
import type { AccountStore } from '../storage/storage.ts';
import {
  decoyHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './passwords.ts';

export class AccountError extends Error {
  override name = 'AccountError';
}

export async function addAccount(
  accounts: AccountStore,
  input: { email: string; password: string; role: Role; producer?: string },
): Promise<Account> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    throw new AccountError(`not an email address: ${input.email}`);
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (input.password.length > MAX_PASSWORD_LENGTH) throw new AccountError('the password is too long');
  if (input.role === 'producer' && !input.producer)
    throw new AccountError('a producer account needs --producer <slug>');
  if (input.role === 'staff' && input.producer) throw new AccountError('a staff account has no producer');
  const added = await accounts.insert({
    email,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    producer: input.role === 'producer' ? (input.producer ?? null) : null,
    createdAt: new Date(),
  });
  if (!added) throw new AccountError(`an account for ${email} already exists`);
  return added;
}

/** The account whose password matches, or undefined; as slow for unknown emails as for known ones. */
export async function authenticate(
  accounts: AccountStore,
  email: string,
  password: string,
): Promise<Account | undefined> {
  const row = await accounts.byEmail(normalizeEmail(email));
  if (!row) {
    await verifyPassword(password, await decoyHash());
    return undefined;
  }
  if (!(await verifyPassword(password, row.passwordHash))) return undefined;
  return { id: row.id, email: row.email, role: row.role, producer: row.producer };
}
