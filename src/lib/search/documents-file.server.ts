/**
 * How the search documents leave the build: a prerendered endpoint renders them (it has the
 * content collections and astro:assets), and the build hook moves the file out of the public
 * client folder to dist/search/, where the server and the reindex command read it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchDocument } from './documents.ts';

/** Route of the endpoint (src/pages/tim-kiem/documents.json.ts) relative to the site root. */
export const DOCUMENTS_ROUTE = 'tim-kiem/documents.json';

export interface DocumentsFile {
  documents: SearchDocument[];
}

/** dist/search/documents.json for a dist folder. */
export const builtDocumentsPath = (distDir: string): string => join(distDir, 'search', 'documents.json');

export function parseDocuments(text: string, from: string): SearchDocument[] {
  const data = JSON.parse(text) as Partial<DocumentsFile>;
  if (!Array.isArray(data.documents) || data.documents.some((d) => typeof d?.id !== 'string')) {
    throw new Error(`${from}: not a search documents file ({ "documents": [{ "id": … }] })`);
  }
  return data.documents;
}

export async function readDocuments(path: string): Promise<SearchDocument[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`No search documents at ${path}: run \`npm run build\` first.`);
  }
  return parseDocuments(text, path);
}
