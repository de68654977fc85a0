/** Where an enquiry stands in the inbox. */
export const enquiryStatuses = ['new', 'answered', 'closed'] as const;
export type EnquiryStatus = (typeof enquiryStatuses)[number];

export const isEnquiryStatus = (value: unknown): value is EnquiryStatus =>
  typeof value === 'string' && (enquiryStatuses as readonly string[]).includes(value);
