/**
 * GET /healthz, for the reverse proxy and the process supervisor: 200 when this instance can
 * reach its database and its search engine, 503 naming the part that fails. Says nothing else
 * (no versions, hosts or keys) and is never cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type MeiliConnection, meiliGet } from '../../lib/search/meili-http.server.ts';

export const HEALTH_PATH = '/healthz';

type PartState = 'ok' | 'unreachable' | 'not configured';

const TIMEOUT_MS = 2000;

const check = async (probe: () => Promise<unknown>): Promise<PartState> => {
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
    ]);
    return 'ok';
  } catch {
    return 'unreachable';
  }
};

export async function serveHealth(
  req: IncomingMessage,
  res: ServerResponse,
  parts: { database: () => Promise<void>; search: () => MeiliConnection | undefined },
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '').split('?')[0];
  if (path !== HEALTH_PATH && path !== `${HEALTH_PATH}/`) return false;
  const connection = parts.search();
  const [database, search] = await Promise.all([
    check(parts.database),
    connection
      ? check(() => meiliGet(connection, 'health', TIMEOUT_MS))
      : Promise.resolve<PartState>('not configured'),
  ]);
  const healthy = database === 'ok' && search === 'ok';
  const body = JSON.stringify({ status: healthy ? 'ok' : 'unavailable', database, search });
  res.writeHead(healthy ? 200 : 503, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
