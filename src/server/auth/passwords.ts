import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Argon2id as OWASP recommends it (19 MiB, 2 passes, 1 lane), stored in the PHC string format
 * so the parameters can be raised later without breaking existing hashes.
 */
const defaults = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

const derive = (
  password: string,
  nonce: Buffer,
  p: { memory: number; passes: number; parallelism: number; tagLength: number },
) =>
  new Promise<Buffer>((resolve, reject) => {
    argon2('argon2id', { message: password, nonce, ...p }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

const b64 = (buffer: Buffer) => buffer.toString('base64').replace(/=+$/, '');

export async function hashPassword(password: string): Promise<string> {
  const nonce = randomBytes(16);
  const key = await derive(password, nonce, defaults);
  return `$argon2id$v=19$m=${defaults.memory},t=${defaults.passes},p=${defaults.parallelism}$${b64(nonce)}$${b64(key)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
    stored,
  );
  if (!match || password.length > MAX_PASSWORD_LENGTH) return false;
  const expected = Buffer.from(match[5] as string, 'base64');
  const key = await derive(password, Buffer.from(match[4] as string, 'base64'), {
    memory: Number(match[1]),
    passes: Number(match[2]),
    parallelism: Number(match[3]),
    tagLength: expected.length,
  });
  return timingSafeEqual(key, expected);
}

let decoy: Promise<string> | undefined;
/** A hash of a random password: checked for unknown accounts so they take as long as known ones. */
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
};
