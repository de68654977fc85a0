/** The product groups' ids and names for labels and validation, read once: content is fixed for the life of a build. */
import { getCollection } from 'astro:content';
import type { GroupLabel } from './response.ts';

let cached: Promise<GroupLabel[]> | undefined;

export function groupLabels(): Promise<GroupLabel[]> {
  cached ??= getCollection('groups').then((groups) =>
    groups.map((g) => ({ id: g.data.id, name: g.data.name })),
  );
  return cached;
}
