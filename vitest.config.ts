import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // i18next-icu's ES build default-imports the CommonJS intl-messageformat, which
    // Node cannot resolve to the class; letting Vite transform it applies the interop.
    server: { deps: { inline: ['i18next-icu'] } },
  },
});
