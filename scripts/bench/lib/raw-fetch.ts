import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawResponse {
  status: number;
  contentType: string;
  /** Content-Encoding the server chose ("identity" when none). */
  encoding: string;
  /** Bytes on the wire (the body as sent, compressed or not). */
  transferred: number;
  /** The body decoded. */
  body: Buffer;
}

/**
 * GET with an explicit Accept-Encoding, keeping the body's size as sent: fetch() would decode
 * it and hide how many bytes the server really sent.
 */
export function rawGet(url: string, acceptEncoding = 'br'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(response.headers['content-encoding'] ?? 'identity');
        try {
          const body =
            encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            encoding,
            transferred: raw.length,
            body,
          });
        } catch (error) {
          reject(new Error(`${url}: cannot decode its ${encoding} body`, { cause: error }));
        }
      });
    });
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`${url}: no answer in 30 s`)));
  });
}
