import { defineConfig } from 'vitest/config';
import { pageAliases } from './services/page-aliases.js';

export default defineConfig({
  // Renderer components are TSX with React's automatic runtime (tsconfig.web.json).
  esbuild: { jsx: 'automatic' },
  resolve: { alias: pageAliases(import.meta.dirname) },
  test: {
    include: [
      'recognition/**/*.test.ts',
      'logic/**/*.test.ts',
      'training/**/*.test.ts',
      'services/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'e2e/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 120_000,
    // The JSON report lets .ci/run print a one-line summary that CI can read.
    reporters: ['default', ['json', { outputFile: '.cache/vitest-report.json' }]],
    hookTimeout: 120_000,
    // Two cores: tests that train networks would only slow each other down.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
