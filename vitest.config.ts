import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The generator's own tests, the tests of every generated package, and the example apps'.
    include: ['test/**/*.test.ts', 'generated/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    // dist/ is build output (shipped, and tested from outside by test/install/), never a test source.
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Every pipeline run ends in a TypeScript build of the package's dist/ (a second or two, more
    // on a loaded machine), so a test that runs the pipeline needs more than vitest's default 5 s.
    testTimeout: 30_000,
  },
});
