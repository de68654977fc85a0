/**
 * The production server for the browser tests (Playwright's webServer runs it in the
 * foreground), with a throwaway data folder that goes when the server does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'ocop-e2e-'));
process.env.OCOP_DATA_DIR = dataDir;
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
await import('../../../src/server/start.ts');
