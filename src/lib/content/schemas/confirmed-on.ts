import { vietnamToday } from '../confirmation.ts';
import { isoDate } from './localized.ts';

/**
 * The day someone last confirmed a set of facts with the producer (contacts, trade figures).
 * Optional: content without it says nothing about when it was checked. Judged against the real
 * day in Vietnam, not OCOP_TODAY: a confirmation happened, whatever day a test pretends it is.
 */
export const confirmedOn = isoDate
  .refine((day) => day <= vietnamToday(), {
    error: (issue) => `confirmedOn ${String(issue.input)} is in the future: give the day it was confirmed`,
  })
  .optional();
