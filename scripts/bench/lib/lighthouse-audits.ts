import type { Result } from 'lighthouse';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof categories)[number];

/** An audit that cost points, with what it names (elements, resources) so it can be fixed. */
export interface Problem {
  id: string;
  category: CategoryId;
  title: string;
  score: number | null;
  displayValue?: string | undefined;
  items: string[];
}

const shorten = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** One line for one row of an audit's details: the element (selector and snippet) or the URL it names. */
function describeItem(item: Record<string, unknown>): string {
  const node = (item.node ?? item.element) as
    | { selector?: string; snippet?: string; nodeLabel?: string }
    | undefined;
  if (node?.snippet || node?.selector) {
    return shorten(
      `\`${node.selector ?? ''}\` ${node.snippet ?? ''}${node.nodeLabel ? ` (“${node.nodeLabel}”)` : ''}`,
    );
  }
  const source = item.source as { url?: string } | undefined;
  const url = (typeof item.url === 'string' && item.url) || source?.url;
  const extra = [
    'groupLabel',
    'duration',
    'total',
    'scripting',
    'wastedBytes',
    'totalBytes',
    'wastedMs',
    'description',
    'value',
  ]
    .filter((key) => item[key] !== undefined && typeof item[key] !== 'object')
    .map((key) => `${key} ${typeof item[key] === 'number' ? Math.round(item[key]) : String(item[key])}`)
    .join(', ');
  if (url) return shorten(`${url}${extra ? ` (${extra})` : ''}`);
  return shorten(extra || JSON.stringify(item));
}

/** Rows of an audit's details, flattening Lighthouse's nested tables and lists. */
function detailItems(details: unknown): Record<string, unknown>[] {
  if (!details || typeof details !== 'object') return [];
  const d = details as { type?: string; items?: unknown[] };
  if (!Array.isArray(d.items)) return [];
  return d.items.flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const row = item as Record<string, unknown>;
    // Lists hold whole tables; table rows may hold sub-item tables of their own.
    if (d.type === 'list' || (row.type && row.items)) return detailItems(row);
    const sub = row.subItems as { items?: Record<string, unknown>[] } | undefined;
    return [row, ...(sub?.items ?? [])];
  });
}

/** Where main-thread time went: shown with a performance score below its goal, whatever their own score. */
const performanceDiagnostics = ['long-tasks', 'bootup-time'];

/**
 * Audits that lost points: every scored audit below 1 in accessibility, best practices and SEO;
 * in performance, the metrics and insights scoring below 0.9 (Lighthouse's own "pass" mark),
 * plus the long tasks and script boot-up times when the performance score is below `performanceGoal`.
 */
export function auditProblems(lhr: Result, performanceGoal: number, maxItems = 8): Problem[] {
  const problems: Problem[] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const scored = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      const passMark = category === 'performance' ? 0.9 : 1;
      const diagnostic =
        performanceDiagnostics.includes(ref.id) &&
        (lhr.categories.performance?.score ?? 0) * 100 < performanceGoal;
      if (!diagnostic && (!scored || audit.score === null || audit.score >= passMark)) continue;
      const items = detailItems(audit.details);
      problems.push({
        id: ref.id,
        category,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        items: [
          ...items.slice(0, maxItems).map(describeItem),
          ...(items.length > maxItems ? [`… and ${items.length - maxItems} more`] : []),
        ],
      });
    }
  }
  return problems;
}
