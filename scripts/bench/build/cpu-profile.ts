import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { markdownTable } from '../lib/markdown.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where time went in the V8 CPU profiles (--cpu-prof) of a build: self and total time by function, self time by file. */
export async function summariseProfiles(profileDir: string, projectDir: string, top = 25): Promise<string> {
  const files = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byFile = new Map<string, number>();
  let allMs = 0;
  const place = (url: string) => {
    const path = url.replace(/^file:\/\//, '');
    const inProject = relative(projectDir, path);
    return inProject.startsWith('..') ? path.replace(/.*\/node_modules\//, '') : inProject;
  };
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(profileDir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfMs = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const key = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'} ${place(n.callFrame.url) || '(native)'}:${n.callFrame.lineNumber + 1}`;
    // Total time: each node's self time counts once for every distinct function on its stack.
    const walk = (id: number, onStack: Map<string, number>) => {
      const node = nodes.get(id);
      if (!node) return;
      const k = key(node);
      const ms = selfMs.get(id) ?? 0;
      allMs += ms;
      self.set(k, (self.get(k) ?? 0) + ms);
      const where = place(node.callFrame.url) || '(native)';
      byFile.set(where, (byFile.get(where) ?? 0) + ms);
      onStack.set(k, (onStack.get(k) ?? 0) + 1);
      for (const stacked of onStack.keys()) total.set(stacked, (total.get(stacked) ?? 0) + ms);
      for (const child of node.children ?? []) walk(child, onStack);
      const count = (onStack.get(k) ?? 1) - 1;
      if (count === 0) onStack.delete(k);
      else onStack.set(k, count);
    };
    const root = profile.nodes[0];
    if (root) walk(root.id, new Map());
  }
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => [name, Math.round(ms), `${((ms / allMs) * 100).toFixed(1)} %`]);
  return [
    `CPU profile of the build's main thread (${files.length} profile(s), ${Math.round(allMs)} ms sampled)`,
    '',
    markdownTable(['function (total: itself and what it calls)', 'ms', 'share'], rows(total)),
    '',
    markdownTable(['function (self)', 'ms', 'share'], rows(self)),
    '',
    markdownTable(['file (self)', 'ms', 'share'], rows(byFile)),
  ].join('\n');
}
