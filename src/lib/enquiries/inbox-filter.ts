/** The inbox's filter: read from the query string, and the instants its days stand for. */
import type { InboxFilter } from './records.ts';
import { isEnquiryStatus } from './status.ts';

export const PAGE_SIZE = 50;

const day = /^\d{4}-\d{2}-\d{2}$/;
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The filter from the query string; anything malformed is ignored rather than trusted. */
export function parseInboxFilter(params: URLSearchParams): InboxFilter {
  const status = params.get('status');
  const producer = params.get('producer');
  const from = params.get('from');
  const to = params.get('to');
  return {
    ...(isEnquiryStatus(status) ? { status } : {}),
    ...(producer && slug.test(producer) ? { producer } : {}),
    ...(from && day.test(from) && !Number.isNaN(Date.parse(from)) ? { from } : {}),
    ...(to && day.test(to) && !Number.isNaN(Date.parse(to)) ? { to } : {}),
  };
}

const vietnamMidnight = (date: string, plusDays = 0) =>
  new Date(Date.parse(`${date}T00:00:00+07:00`) + plusDays * 86_400_000).toISOString();

/** The filter's days are calendar days in Vietnam (UTC+7): from its first midnight to after its last day. */
export function receivedBetween(filter: InboxFilter): { from?: string; before?: string } {
  return {
    ...(filter.from ? { from: vietnamMidnight(filter.from) } : {}),
    ...(filter.to ? { before: vietnamMidnight(filter.to, 1) } : {}),
  };
}
