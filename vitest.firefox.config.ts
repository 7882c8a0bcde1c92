import { defineConfig } from 'vitest/config';

/** The Firefox suite: the built extension in firefox-esr (tests/firefox), one browser, tests in order. */
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
