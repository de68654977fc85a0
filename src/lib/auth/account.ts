/** Who may sign in to the inbox and what they see: the account as the pages and the server know it. */

export const roles = ['staff', 'producer'] as const;
export type Role = (typeof roles)[number];

/** Who is signed in: staff see every enquiry, a producer account only its producer's. */
export interface Account {
  id: number;
  email: string;
  role: Role;
  producer: string | null;
}

export interface Session {
  account: Account;
  /** Sent back in every admin form and compared on POST (with the same-origin check). */
  csrfToken: string;
}

/**
 * The one spelling of an account's email, used to store it, to find it and to count failed
 * sign-ins against it: " Staff@X.org" and "staff@x.org" are the same account everywhere.
 */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
