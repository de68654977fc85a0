import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  astro: string;
}

/** What a benchmark result depends on, written beside every figure. */
export function machine(projectRoot: string): Machine {
  const astro = JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as {
    version: string;
  };
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    astro: astro.version,
  };
}

export const describeMachine = (m: Machine): string =>
  `${m.cores} cores (\`nproc\` = ${m.cores}, ${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}, Astro ${m.astro}`;
