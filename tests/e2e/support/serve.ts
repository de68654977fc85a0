/** Starts the production server for the browser tests with a throwaway data folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.OCOP_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'ocop-e2e-'));
await import('../../../scripts/start.ts');
