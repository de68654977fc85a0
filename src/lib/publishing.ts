/** Publishing as the office sees it (the admin's publish page): which build is live, and how the last publish went. */

export const publishSteps = ['build', 'search', 'switch'] as const;
export type PublishStep = (typeof publishSteps)[number];

export interface PublishStatus {
  kind: 'publish' | 'rollback';
  state: 'running' | 'succeeded' | 'failed';
  /** Who started it: a staff account's email, or "command line". */
  by: string;
  /** The process that runs it (host:pid), so the one who started it can recognise it. */
  runner: string;
  startedAt: string;
  finishedAt?: string;
  /** The step under way (or where it failed), with when each step began. */
  step: PublishStep;
  stepsStartedAt: Partial<Record<PublishStep, string>>;
  /** The last line the build printed, as a sign of life. */
  detail?: string;
  /** The release made or returned to. */
  release?: string;
  /** In plain words, when it failed. */
  error?: string;
}

export interface PublishOverview {
  /** The release served, or undefined while the plain build (dist/) is. */
  current: string | undefined;
  previous: string | undefined;
  last: PublishStatus | undefined;
}

export interface PublishingService {
  overview(): Promise<PublishOverview>;
  /** Starts a publish (or a rollback) in the background; 'busy' when one is already running. */
  start(by: string, rollback: boolean): Promise<'started' | 'busy'>;
}
