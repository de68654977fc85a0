import { formFields } from './form-fields.ts';

/** Bodies above this are refused before they are parsed: a full basket is well under 16 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * An oversized body up to this size is still read to its end and dropped, so a client that is
 * still sending gets the 413 instead of a broken pipe; a larger one has its connection cut.
 */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

export type BodyKind = 'json' | 'form';

export type DecodedBody =
  | { ok: true; kind: BodyKind; value: Record<string, unknown> }
  | {
      ok: false;
      kind?: BodyKind;
      status: 400 | 413 | 415;
      reason: 'malformed' | 'tooLarge' | 'unsupportedType';
    };

/** application/json or application/x-www-form-urlencoded, in UTF-8 (the only charset accepted). */
export function bodyKind(contentType: string | null): BodyKind | undefined {
  if (!contentType) return undefined;
  const [type = '', ...params] = contentType
    .toLowerCase()
    .split(';')
    .map((s) => s.trim());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return undefined;
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number): Promise<void> {
  let size = alreadyRead;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > DRAIN_LIMIT_BYTES) {
      await reader.cancel().catch(() => {});
      return;
    }
  }
}

/**
 * Keeps at most maxBytes of the stream, whatever Content-Length claims (it can lie, or be
 * missing with chunked encoding); the rest of an oversized body is drained, not kept.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await drain(reader, size);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The request's fields, or why they cannot be read. */
export async function decodeBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<DecodedBody> {
  const kind = bodyKind(request.headers.get('content-type'));
  if (!kind) return { ok: false, status: 415, reason: 'unsupportedType' };
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    if (declared <= DRAIN_LIMIT_BYTES && request.body) await drain(request.body.getReader(), 0);
    return { ok: false, kind, status: 413, reason: 'tooLarge' };
  }
  const bytes = await readCapped(request.body, maxBytes);
  if (!bytes) return { ok: false, kind, status: 413, reason: 'tooLarge' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, kind, status: 400, reason: 'malformed' };
  }
  if (kind === 'form') {
    const fields = formFields(new URLSearchParams(text));
    return fields.ok
      ? { ok: true, kind, value: fields.value }
      : { ok: false, kind, status: 400, reason: 'malformed' };
  }
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value)
      ? { ok: true, kind, value }
      : { ok: false, kind, status: 400, reason: 'malformed' };
  } catch {
    return { ok: false, kind, status: 400, reason: 'malformed' };
  }
}

/** A small urlencoded form (the inbox's own forms), or undefined when it is not one or too big. */
export async function readSmallForm(
  request: Request,
  maxBytes = 8 * 1024,
): Promise<URLSearchParams | undefined> {
  if (bodyKind(request.headers.get('content-type')) !== 'form') return undefined;
  const bytes = await readCapped(request.body, maxBytes);
  if (!bytes) return undefined;
  try {
    return new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}
