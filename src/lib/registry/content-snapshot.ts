/**
 * The catalogue as the importer plans against it: the product and producer files as written
 * (defaults not filled in, so a rewritten file keeps exactly the keys it had), with the lookup
 * tables. Read from a content folder, or built by a caller that holds the files elsewhere.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Area } from '../content/schemas/area.ts';
import type { Group } from '../content/schemas/group.ts';
import type { producerSchema } from '../content/schemas/producer.ts';
import type { productSchema } from '../content/schemas/product.ts';

/** A content file's JSON as the schemas take it in. */
export type ProductFile = z.input<ReturnType<typeof productSchema>>;
export type ProducerFile = z.input<ReturnType<typeof producerSchema>>;
export type CertificateFile = ProductFile['certificates'][number];

export interface ContentEntry<T> {
  data: T;
  /** sha256 of the file's text, so that applying a plan can tell the file changed since. */
  digest: string;
}

export interface ContentSnapshot {
  products: Map<string, ContentEntry<ProductFile>>;
  producers: Map<string, ContentEntry<ProducerFile>>;
  areas: Area[];
  groups: Group[];
  /** Ids of content/protected-names.json, which products' certifications name. */
  protectedNames: Set<string>;
}

export const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

function readEntries<T>(dir: string): Map<string, ContentEntry<T>> {
  const entries = new Map<string, ContentEntry<T>>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    entries.set(file.slice(0, -'.json'.length), { data: JSON.parse(text) as T, digest: digestOf(text) });
  }
  return entries;
}

/** Reads content/products, content/producers, areas.json, groups.json and protected-names.json under `contentDir`. */
export function readContentSnapshot(contentDir: string): ContentSnapshot {
  const json = <T>(file: string) => JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as T;
  return {
    products: readEntries<ProductFile>(join(contentDir, 'products')),
    producers: readEntries<ProducerFile>(join(contentDir, 'producers')),
    areas: json<Area[]>('areas.json'),
    groups: json<Group[]>('groups.json'),
    protectedNames: new Set(json<{ id: string }[]>('protected-names.json').map((p) => p.id)),
  };
}
