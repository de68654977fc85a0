import { markdownTable } from '../lib/markdown.ts';
import { mebibytes } from '../lib/rss-sampler.ts';
import type { BuildRun } from './astro-build.ts';
import type { OgCardTiming } from './og-cards.ts';

export const GOALS = { rateRatio: 0.5, peakRssMiB: 2048 } as const;

export interface BuildReport {
  command: string;
  /** What was built, e.g. "commit 06ed452". */
  source: string;
  date: string;
  machine: string;
  products: number;
  producers: number;
  events: number;
  photos: number;
  catalogue: BuildRun;
  trivial?: BuildRun | undefined;
  ogCards: OgCardTiming;
}

const renderMs = (run: BuildRun) => run.phases.find((p) => p.name === 'render pages')?.ms ?? Number.NaN;
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
const rate = (pages: number, ms: number) => Number((pages / (ms / 1000)).toFixed(1));

export function goalsOf(report: BuildReport) {
  const ratio = report.trivial
    ? report.catalogue.pages / report.catalogue.wallMs / (report.trivial.pages / report.trivial.wallMs)
    : undefined;
  const peakMiB = mebibytes(report.catalogue.rss.peakTreeBytes);
  return {
    ratio,
    ratioMet: ratio !== undefined && ratio >= GOALS.rateRatio,
    peakMiB,
    peakMet: peakMiB <= GOALS.peakRssMiB,
  };
}

/** Everything after this line in build.md is written by hand and kept when the benchmark rewrites the file. */
export const ANALYSIS_MARKER = '<!-- analysis below: kept by bench:build -->';

export function renderBuildReport(report: BuildReport): string {
  const runs = [
    ['catalogue', report.catalogue] as const,
    ...(report.trivial ? [['trivial pages', report.trivial] as const] : []),
  ];
  const summary = markdownTable(
    [
      'build',
      'pages',
      'wall s',
      'pages/s',
      'render s',
      'rendered pages/s',
      'peak RSS tree MiB',
      'peak RSS main MiB',
      'processes',
    ],
    runs.map(([name, run]) => [
      name,
      run.pages,
      seconds(run.wallMs),
      rate(run.pages, run.wallMs),
      seconds(renderMs(run)),
      rate(run.pages, renderMs(run)),
      mebibytes(run.rss.peakTreeBytes),
      mebibytes(run.rss.peakRootBytes),
      run.rss.peakProcesses,
    ]),
  );
  const { catalogue } = report;
  const share = (ms: number) => `${Math.round((ms / catalogue.wallMs) * 100)} %`;
  const phases = markdownTable(
    [
      'phase of the catalogue build',
      's',
      'share',
      'peak RSS MiB',
      'peak JS heap used MiB',
      'peak JS heap reserved MiB',
      'peak external MiB',
    ],
    [
      ...catalogue.phases.map((p) => [
        p.name,
        seconds(p.ms),
        share(p.ms),
        mebibytes(p.peakBytes),
        p.peakHeapMiB,
        p.peakHeapTotalMiB,
        p.peakExternalMiB,
      ]),
      ...(catalogue.precompressMs === undefined
        ? []
        : [
            [
              'of which compressing what rendering left (.br, .gz)',
              seconds(catalogue.precompressMs),
              share(catalogue.precompressMs),
              '',
            ],
          ]),
    ],
  );
  const renderedMs = [...report.catalogue.routes.values()].reduce((sum, r) => sum + r.ms, 0);
  const renderPhaseMs = renderMs(report.catalogue);
  const shareOfRender = (ms: number) => `${Math.round((ms / renderPhaseMs) * 100)} %`;
  const routes = markdownTable(
    ['route shape (catalogue build)', 'files', 'render s', 'ms per file', 'share of render phase'],
    [
      ...[...report.catalogue.routes]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([shape, r]) => [
          shape,
          r.files,
          seconds(r.ms),
          Number((r.ms / r.files).toFixed(1)),
          shareOfRender(r.ms),
        ]),
      // Time in the render phase outside any file's own time: getStaticPaths, data loading. Only
      // meaningful when pages render one at a time (build.concurrency 1): otherwise their times overlap.
      ...(renderedMs <= renderPhaseMs
        ? [
            [
              '(outside pages: getStaticPaths, loading data)',
              '',
              seconds(renderPhaseMs - renderedMs),
              '',
              shareOfRender(renderPhaseMs - renderedMs),
            ],
          ]
        : []),
    ],
  );
  const overlapNote =
    renderedMs > renderPhaseMs
      ? ' Here the per-file times add up to more than the phase: pages rendered concurrently (build.concurrency > 1).'
      : '';
  const goals = goalsOf(report);
  const verdict = (met: boolean) => (met ? '**met**' : '**not met**');
  return `# Build benchmark

Command: \`${report.command}\`, run under \`flock /tmp/build.lock\`; ${report.date}; site at ${report.source}.
Machine: ${report.machine}.

Generated catalogue: ${report.products} products, ${report.producers} producers, ${report.events} fairs, in Vietnamese and
English, validated against the site's schemas before the build; every entry shares ${report.photos} generated photos, so
astro:assets transforms only a few images. Both builds run cold (fresh temporary folder, no Astro or Vite cache).
The catalogue is built without its Open Graph card images (\`OCOP_OG_CARDS=off\`; the site caches them between
builds): rendered apart, they take ${report.ogCards.msPerCard.toFixed(1)} ms each (${report.ogCards.cards} cards), ${seconds(report.ogCards.msPerCard * report.products)} s of CPU for a first build of ${report.products}.

${summary}

- Catalogue pages at ${goals.ratio === undefined ? 'n/a' : `${Math.round(goals.ratio * 100)} %`} of the trivial-page rate (goal ≥ ${GOALS.rateRatio * 100} %): ${goals.ratio === undefined ? 'not measured' : verdict(goals.ratioMet)}.
- Peak RSS of the build's process tree ${goals.peakMiB} MiB (goal ≤ ${GOALS.peakRssMiB} MiB): ${verdict(goals.peakMet)}.
- Average HTML page ${Math.round(report.catalogue.htmlBytes / Math.max(1, report.catalogue.pages) / 102.4) / 10} KiB uncompressed.

${phases}

${routes}

Wall time is the whole \`astro build\` command; "render" is Astro's "prerendering static routes" phase alone; the
time per route shape sums Astro's own per-file times (+N ms), with * for any path segment.${overlapNote} Memory is
the sum of VmRSS over the build process and its descendants, sampled from /proc every 100 ms; JS heap used and
reserved (heapUsed, heapTotal) and external memory come from process.memoryUsage() in the build process, printed every second by a preloaded probe.
`;
}
