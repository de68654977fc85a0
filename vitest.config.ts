/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config, so modules that import astro:* can be tested too.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // One real Meilisearch and one real PostgreSQL for the run, on throwaway data folders.
    globalSetup: ['tests/support/meilisearch.global.ts', 'tests/support/postgres.global.ts'],
    // Integration tests share that Meilisearch (and one SMTP server): run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
