import { paths } from '../paths.ts';

/** The office's own pages: a producer account is shown "staff only" (403) instead. */
const staffPrefixes = [
  paths.admin.publish,
  paths.admin.statistics(),
  paths.admin.fairs,
  paths.admin.certificates,
  paths.admin.certificatesCsv,
  paths.admin.toComplete,
  paths.admin.confirmedOn,
  paths.admin.responseTimes,
];

export const isStaffOnly = (pathname: string): boolean =>
  staffPrefixes.some((prefix) => pathname.startsWith(prefix));
