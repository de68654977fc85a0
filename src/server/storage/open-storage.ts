import type { ServerConfig } from '../config.ts';
import { openPostgresStorage } from './postgres/postgres-storage.ts';
import { openSqliteStorage } from './sqlite/sqlite-storage.ts';
import type { Storage } from './storage.ts';

/** The storage the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file in the data folder. */
export async function openStorage(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Storage> {
  return config.databaseUrl ? openPostgresStorage(config.databaseUrl) : openSqliteStorage(config.dataDir);
}
