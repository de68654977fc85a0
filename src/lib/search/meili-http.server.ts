/**
 * The site's path to Meilisearch for queries, kept thin on purpose: node:http with one
 * keep-alive agent per protocol, and no Accept-Encoding, so replies come uncompressed (on
 * loopback, Node's fetch with compressed replies added ~40 ms per call). Admin work (reindex,
 * keys) uses the meilisearch client instead; it is not on the hot path.
 */
import http from 'node:http';
import https from 'node:https';

export interface MeiliConnection {
  host: string;
  apiKey?: string;
}

/**
 * Where the site's server queries Meilisearch, from its environment (read on every request: the
 * start script sets it after starting Meilisearch, and again if it moves). The search-only key
 * is preferred; the site's queries need nothing more.
 */
export function connectionFrom(read: (name: string) => string | undefined): MeiliConnection | undefined {
  const host = read('MEILI_HOST');
  if (!host) return undefined;
  const apiKey = read('MEILI_SEARCH_KEY') ?? read('MEILI_ADMIN_KEY');
  return apiKey ? { host, apiKey } : { host };
}

/** Meilisearch cannot answer (down, starting, index not built yet): the site answers 503. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

const DEFAULT_TIMEOUT_MS = 5000;

interface MeiliError {
  message?: string;
  code?: string;
}

function send<T>(
  connection: MeiliConnection,
  method: 'GET' | 'POST',
  path: string,
  payload: string | undefined,
  timeoutMs: number,
  retried: boolean,
): Promise<T> {
  const url = new URL(path, connection.host.endsWith('/') ? connection.host : `${connection.host}/`);
  const secure = url.protocol === 'https:';
  const headers: Record<string, string | number> = {};
  if (connection.apiKey) headers.Authorization = `Bearer ${connection.apiKey}`;
  if (payload !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = Buffer.byteLength(payload);
  }
  return new Promise<T>((resolve, reject) => {
    const req = (secure ? https : http).request(
      url,
      { method, headers, agent: agents[secure ? 'https:' : 'http:'] },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) =>
          reject(new SearchUnavailableError(`Meilisearch reply broke off: ${error.message}`)),
        );
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            reject(
              new SearchUnavailableError(
                `Meilisearch answered ${res.statusCode} with a body that is not JSON`,
              ),
            );
            return;
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(body as T);
          else {
            const error = (body ?? {}) as MeiliError;
            reject(
              new SearchUnavailableError(
                `Meilisearch answered ${status} ${error.code ?? ''}: ${error.message ?? text}`,
              ),
            );
          }
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server had just closed: the request never arrived, send it again once.
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) {
        send<T>(connection, method, path, payload, timeoutMs, true).then(resolve, reject);
        return;
      }
      reject(new SearchUnavailableError(`Meilisearch unreachable at ${url.origin}: ${error.message}`));
    });
    req.end(payload);
  });
}

export function meiliPost<T>(
  connection: MeiliConnection,
  path: string,
  body: unknown,
  timeoutMs = DEFAULT_TIMEOUT_MS,
) {
  return send<T>(connection, 'POST', path, JSON.stringify(body), timeoutMs, false);
}

export function meiliGet<T>(connection: MeiliConnection, path: string, timeoutMs = DEFAULT_TIMEOUT_MS) {
  return send<T>(connection, 'GET', path, undefined, timeoutMs, false);
}
