/**
 * How the search documents leave the build: a prerendered endpoint renders them (it has the
 * content collections and astro:assets), and the build hook moves the file out of the public
 * client folder to dist/search/, where the server and the reindex command read it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchDocument } from './documents.ts';
import type { GroupLabel } from './response.ts';

/** Route of the endpoint (src/pages/tim-kiem/documents.json.ts) relative to the site root. */
export const DOCUMENTS_ROUTE = 'tim-kiem/documents.json';

export interface DocumentsFile {
  documents: SearchDocument[];
  /** Every product group (even one without products), for the API's validation and labels. */
  groups: GroupLabel[];
}

/** dist/search/documents.json for a dist folder. */
export const builtDocumentsPath = (distDir: string): string => join(distDir, 'search', 'documents.json');

export function parseDocumentsFile(text: string, from: string): DocumentsFile {
  const data = JSON.parse(text) as Partial<DocumentsFile>;
  if (!Array.isArray(data.documents) || data.documents.some((d) => typeof d?.id !== 'string')) {
    throw new Error(`${from}: not a search documents file ({ "documents": [{ "id": … }], "groups": […] })`);
  }
  return { documents: data.documents, groups: Array.isArray(data.groups) ? data.groups : [] };
}

export async function readDocumentsFile(path: string): Promise<DocumentsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`No search documents at ${path}: run \`npm run build\` first.`);
  }
  return parseDocumentsFile(text, path);
}

export const readDocuments = async (path: string): Promise<SearchDocument[]> =>
  (await readDocumentsFile(path)).documents;
