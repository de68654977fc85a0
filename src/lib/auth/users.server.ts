import type { DatabaseSync } from 'node:sqlite';
import {
  decoyHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './passwords.server.ts';

export const roles = ['staff', 'producer'] as const;
export type Role = (typeof roles)[number];

/** Who is signed in: staff see every enquiry, a producer account only its producer's. */
export interface Account {
  id: number;
  email: string;
  role: Role;
  producer: string | null;
}

export class AccountError extends Error {}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function addAccount(
  db: DatabaseSync,
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
  const exists = db.prepare('SELECT 1 FROM users WHERE email = ?').get(email);
  if (exists) throw new AccountError(`an account for ${email} already exists`);
  const passwordHash = await hashPassword(input.password);
  const producer = input.role === 'producer' ? (input.producer ?? null) : null;
  const result = db
    .prepare('INSERT INTO users (email, password_hash, role, producer, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(email, passwordHash, input.role, producer, new Date().toISOString());
  return { id: Number(result.lastInsertRowid), email, role: input.role, producer };
}

export function listAccounts(db: DatabaseSync): Account[] {
  return db
    .prepare('SELECT id, email, role, producer FROM users ORDER BY email')
    .all() as unknown as Account[];
}

/** Removes the account and, through the foreign key, its sessions. */
export function removeAccount(db: DatabaseSync, email: string): boolean {
  return db.prepare('DELETE FROM users WHERE email = ?').run(normalizeEmail(email)).changes > 0;
}

/** The account whose password matches, or undefined; as slow for unknown emails as for known ones. */
export async function authenticate(
  db: DatabaseSync,
  email: string,
  password: string,
): Promise<Account | undefined> {
  const row = db
    .prepare('SELECT id, email, role, producer, password_hash FROM users WHERE email = ?')
    .get(normalizeEmail(email)) as (Account & { password_hash: string }) | undefined;
  if (!row) {
    await verifyPassword(password, await decoyHash());
    return undefined;
  }
  if (!(await verifyPassword(password, row.password_hash))) return undefined;
  return { id: row.id, email: row.email, role: row.role, producer: row.producer };
}
