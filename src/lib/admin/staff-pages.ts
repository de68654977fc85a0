import { paths } from '../paths.ts';

/** The office's own pages: a producer account is shown "staff only" (403) instead. */
const staffPrefixes = [paths.admin.publish, paths.admin.responseTimes];

export const isStaffOnly = (pathname: string): boolean =>
  staffPrefixes.some((prefix) => pathname.startsWith(prefix));
