import type { ServerConfig } from '../config.ts';
import { openSqliteStorage } from './sqlite/sqlite-storage.ts';
import type { Storage } from './storage.ts';

/** The storage the configuration asks for: SQLite in the data folder. */
export const openStorage = (config: ServerConfig): Storage => openSqliteStorage(config.dataDir);
