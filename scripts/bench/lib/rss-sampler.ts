import { readdirSync, readFileSync } from 'node:fs';

export interface RssPeak {
  /** Highest sum of the resident set sizes of the process and all its descendants, in bytes. */
  peakTreeBytes: number;
  /** Highest resident set size of the root process alone, in bytes. */
  peakRootBytes: number;
  /** Most processes seen in the tree at once. */
  peakProcesses: number;
  /** Every sample: milliseconds since sampling began and the tree's RSS in bytes. */
  timeline: { at: number; bytes: number }[];
}

const readProc = (pid: number, file: string): string | undefined => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // the process has exited since /proc was listed
  }
};

/** Parent pid of a process, from /proc/<pid>/stat. */
function parentOf(pid: number): number | undefined {
  const stat = readProc(pid, 'stat');
  if (!stat) return undefined;
  // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Resident set size of a process in bytes, from VmRSS in /proc/<pid>/status (0 once it has gone). */
function rssOf(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(readProc(pid, 'status') ?? '')?.[1];
  return kib ? Number(kib) * 1024 : 0;
}

/** Sum of resident memory over a process and its descendants right now, read from /proc. */
export function treeRss(rootPid: number): { bytes: number; rootBytes: number; processes: number } {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    const ppid = Number.isInteger(pid) ? parentOf(pid) : undefined;
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const rootBytes = rssOf(rootPid);
  let bytes = 0;
  let processes = 0;
  const queue = rootBytes > 0 ? [rootPid] : [];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    const rss = pid === rootPid ? rootBytes : rssOf(pid);
    bytes += rss;
    processes += rss > 0 ? 1 : 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return { bytes, rootBytes, processes };
}

/**
 * Samples the resident memory of a process tree every `intervalMs` until stopped. RSS counts
 * shared pages once per process, so the tree sum slightly overstates memory: a safe upper bound.
 */
export function sampleTreeRss(rootPid: number, intervalMs = 100): { stop: () => RssPeak } {
  const peak: RssPeak = { peakTreeBytes: 0, peakRootBytes: 0, peakProcesses: 0, timeline: [] };
  const started = performance.now();
  const sample = () => {
    const now = treeRss(rootPid);
    if (now.processes === 0) return;
    peak.peakTreeBytes = Math.max(peak.peakTreeBytes, now.bytes);
    peak.peakRootBytes = Math.max(peak.peakRootBytes, now.rootBytes);
    peak.peakProcesses = Math.max(peak.peakProcesses, now.processes);
    peak.timeline.push({ at: performance.now() - started, bytes: now.bytes });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

export const mebibytes = (bytes: number): number => Math.round(bytes / 2 ** 20);
