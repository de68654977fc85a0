import { z } from 'astro/zod';

/** Vietnamese mobile/landline or international number, as a buyer would dial it. */
export const phoneNumber = z
  .string()
  .regex(/^\+?[0-9 .-]{9,17}$/, 'phone: digits, spaces, dots or dashes, optional +');
