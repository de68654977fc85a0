/**
 * Meilisearch as the project runs it: the binary is found and its checksum checked, the master
 * key is made once and kept private, and the process manager starts, restarts, refuses a second
 * owner, clears a leftover process and stops — with real Meilisearch processes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meiliGet } from '../../src/lib/search/meili-http.server.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import { loadOrCreateMasterKey, MASTER_KEY_FILE } from '../../src/server/search/master-key.ts';
import {
  ChecksumMismatchError,
  MEILI_PACKAGE_SHA256,
  resolveMeiliBinary,
  sha256File,
  verifyPackagedBinary,
} from '../../src/server/search/meili-binary.ts';
import { MeiliProcess, type RunningMeili } from '../../src/server/search/meili-process.ts';
import { eventually } from '../support/production-server.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ocop-meili-process-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the binary', () => {
  it('is the pinned package, executable, with the pinned sha256', async () => {
    const binary = await resolveMeiliBinary(undefined, '/nonexistent');
    expect(binary.source).toBe('package');
    expect(await sha256File(binary.path)).toBe(MEILI_PACKAGE_SHA256);
    expect((await stat(binary.path)).mode & 0o111).not.toBe(0);
  });

  it('is refused when its bytes do not match', async () => {
    const fake = join(dir, 'meilisearch');
    await writeFile(fake, '#!/bin/sh\necho pwned\n');
    await expect(verifyPackagedBinary(fake)).rejects.toBeInstanceOf(ChecksumMismatchError);
    const hash = createHash('sha256').update('#!/bin/sh\necho pwned\n').digest('hex');
    await expect(verifyPackagedBinary(fake, hash)).resolves.toBeUndefined();
  });

  it('comes from MEILI_BINARY, then PATH, when they are given', async () => {
    const fake = join(dir, 'meilisearch');
    await chmod(fake, 0o755);
    expect(await resolveMeiliBinary(fake, '')).toEqual({
      path: fake,
      source: 'MEILI_BINARY',
    });
    expect(await resolveMeiliBinary(undefined, dir)).toEqual({ path: fake, source: 'PATH' });
    await chmod(fake, 0o644);
    await expect(resolveMeiliBinary(fake)).rejects.toThrow(/not an executable/);
  });
});

describe('the master key', () => {
  it('is made on first run, readable by the owner only, and kept', async () => {
    const keyDir = join(dir, 'keys');
    const key = await loadOrCreateMasterKey(keyDir);
    expect(Buffer.byteLength(key)).toBeGreaterThanOrEqual(32);
    expect((await stat(join(keyDir, MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateMasterKey(keyDir)).toBe(key);
  });

  it('is narrowed back to the owner if someone widened its permissions', async () => {
    const keyDir = join(dir, 'keys');
    await chmod(join(keyDir, MASTER_KEY_FILE), 0o644);
    await loadOrCreateMasterKey(keyDir);
    expect((await stat(join(keyDir, MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('comes from MEILI_MASTER_KEY when set, which must be long enough', async () => {
    const keyDir = join(dir, 'env-keys');
    expect(await loadOrCreateMasterKey(keyDir, 'a-key-from-the-environment')).toBe(
      'a-key-from-the-environment',
    );
    await expect(loadOrCreateMasterKey(keyDir, 'short')).rejects.toThrow(/at least 16 bytes/);
  });
});

describe('the process manager', () => {
  const binary = async () => (await resolveMeiliBinary(undefined)).path;
  const masterKey = 'process-manager-test-master-key';
  const health = (url: string) => meiliGet<{ status: string }>({ host: url }, 'health');

  it('starts on loopback with the key, restarts after a crash on the same URL, and stops', async () => {
    const dataDir = join(dir, 'managed');
    const ready: string[] = [];
    const meili = new MeiliProcess({
      dataDir,
      masterKey,
      binary,
      log: () => {},
      onReady: (url) => ready.push(url),
      restartDelayMs: { initial: 100, max: 1000 },
    });
    const url = await meili.start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await health(url)).toEqual({ status: 'available' });
    // The master key protects everything but /health.
    await expect(meiliGet({ host: url }, 'indexes')).rejects.toThrow(/401/);
    await expect(meiliGet({ host: url, apiKey: masterKey }, 'indexes')).resolves.toBeDefined();
    const state = JSON.parse(await readFile(join(dataDir, 'meilisearch.json'), 'utf8')) as RunningMeili;
    expect(state).toEqual({ pid: meili.pid, owner: process.pid, url });

    const first = meili.pid ?? 0;
    process.kill(first, 'SIGKILL');
    await eventually(async () => {
      if (meili.url !== url || meili.pid === first) throw new Error('not restarted yet');
      await health(url);
    });
    expect(ready).toEqual([url, url]);

    const last = meili.pid ?? 0;
    await meili.stop();
    expect(alive(last)).toBe(false);
    expect(meili.url).toBeUndefined();
  });

  it('refuses a second owner for one data folder', async () => {
    const dataDir = join(dir, 'shared');
    const first = new MeiliProcess({ dataDir, masterKey, binary, log: () => {} });
    await first.start();
    try {
      // Another process owning it is what counts: pretend to be one by writing its pid.
      const state = JSON.parse(await readFile(join(dataDir, 'meilisearch.json'), 'utf8')) as RunningMeili;
      const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      await writeFile(join(dataDir, 'meilisearch.json'), JSON.stringify({ ...state, owner: other.pid }));
      try {
        expect(await MeiliProcess.running(dataDir)).toMatchObject({ owner: other.pid, url: state.url });
        const second = new MeiliProcess({ dataDir, masterKey, binary, log: () => {} });
        await expect(second.start()).rejects.toThrow(/already run by process/);
      } finally {
        other.kill();
      }
    } finally {
      await first.stop();
    }
  });

  it('stops a Meilisearch left running by a site that was killed', async () => {
    const dataDir = join(dir, 'leftover');
    const port = await freePort();
    const leftover = spawn(
      await binary(),
      ['--db-path', join(dataDir, 'data.ms'), '--http-addr', `127.0.0.1:${port}`, '--no-analytics'],
      { env: { MEILI_MASTER_KEY: masterKey }, stdio: 'ignore' },
    );
    await eventually(() => health(`http://127.0.0.1:${port}`));
    const deadOwner = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => deadOwner.once('exit', resolve));
    await writeFile(
      join(dataDir, 'meilisearch.json'),
      JSON.stringify({ pid: leftover.pid, owner: deadOwner.pid, url: `http://127.0.0.1:${port}` }),
    );

    const meili = new MeiliProcess({ dataDir, masterKey, binary, log: () => {} });
    try {
      const url = await meili.start();
      expect(alive(leftover.pid ?? 0)).toBe(false);
      expect(await health(url)).toEqual({ status: 'available' });
    } finally {
      await meili.stop();
      leftover.kill('SIGKILL');
    }
  });
});
