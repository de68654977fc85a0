/**
 * What happens to an enquiry nobody answers: after 2 working days a reminder to the producer's
 * accounts, after 5 it is escalated (listed for staff on the admin home, with the producer's
 * phone). Each is done once per enquiry and recorded with it.
 */
export const followUpKinds = ['reminder', 'escalation'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

/** Working days without an answer before each follow-up. */
export const followUpAfterWorkingDays: Record<FollowUpKind, number> = { reminder: 2, escalation: 5 };

/**
 * Enquiries received longer ago than this get no follow-up: when the feature starts (or the
 * server was off for weeks), old enquiries are not reminded about all at once.
 */
export const FOLLOW_UP_WINDOW_DAYS = 30;
