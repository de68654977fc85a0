/**
 * Reading the open data files the way their users would: the CSV through a real CSV parser
 * (exceljs, the importer's reader), the JSON against its published JSON Schema (ajv), the Atom
 * feed through a strict, namespace-aware XML parser (saxes). Shared by the unit and server tests.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { readSheets } from '../../src/lib/registry/workbook.ts';

/** The CSV's rows as records by header; throws unless it starts with a UTF-8 byte-order mark. */
export async function parseCsv(bytes: Uint8Array): Promise<Record<string, string>[]> {
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf))
    throw new Error('the CSV does not start with a UTF-8 byte-order mark');
  const [sheet] = await readSheets(bytes, 'open-data.csv');
  const [header = [], ...rows] = sheet?.rows ?? [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), String(row[i] ?? '')])));
}

/** A function that returns the schema's errors for a value (empty when it is valid). */
export function schemaValidator(schema: object): (value: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (value) => {
    validate(value);
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

export interface AtomLink {
  rel: string;
  href: string;
  hreflang?: string;
  type?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  links: AtomLink[];
  categories: string[];
  /** The text of the content's paragraphs, by their xml:lang. */
  content: Record<string, string>;
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  authors: string[];
  links: AtomLink[];
  entries: AtomEntry[];
}

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses an Atom document (throws on XML that is not well-formed or not Atom). */
export function parseAtom(xml: string): AtomFeed {
  const parser = new SaxesParser({ xmlns: true });
  const feed: AtomFeed = { id: '', title: '', updated: '', authors: [], links: [], entries: [] };
  const stack: string[] = [];
  let entry: AtomEntry | undefined;
  let text = '';
  let lang = '';
  parser.on('opentag', (tag) => {
    stack.push(tag.uri === ATOM ? tag.local : `{${tag.uri}}${tag.local}`);
    text = '';
    const attr = (name: string) => tag.attributes[name]?.value;
    if (stack.length === 1 && stack[0] !== 'feed')
      throw new Error(`root is <${tag.name}>, not an Atom <feed>`);
    if (tag.uri === ATOM && tag.local === 'entry') {
      entry = { id: '', title: '', updated: '', links: [], categories: [], content: {} };
    }
    if (tag.uri === ATOM && tag.local === 'link') {
      const link: AtomLink = { rel: attr('rel') ?? 'alternate', href: attr('href') ?? '' };
      const [hreflang, type] = [attr('hreflang'), attr('type')];
      if (hreflang) link.hreflang = hreflang;
      if (type) link.type = type;
      (entry ? entry.links : feed.links).push(link);
    }
    if (entry && tag.uri === ATOM && tag.local === 'category') entry.categories.push(attr('term') ?? '');
    if (entry && tag.local === 'p') lang = attr('xml:lang') ?? '';
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', (tag) => {
    const name = stack.pop();
    const parent = stack.at(-1);
    const value = text.trim();
    if (entry && tag.local === 'p') entry.content[lang] = value;
    if (entry && parent === 'entry' && (name === 'id' || name === 'title' || name === 'updated'))
      entry[name] = value;
    if (!entry && parent === 'feed' && (name === 'id' || name === 'title' || name === 'updated'))
      feed[name] = value;
    if (parent === 'author' && name === 'name') feed.authors.push(value);
    if (name === 'entry' && entry) {
      feed.entries.push(entry);
      entry = undefined;
    }
  });
  parser.write(xml).close();
  return feed;
}
