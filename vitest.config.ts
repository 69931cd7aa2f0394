import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The generator's own tests, the tests of every generated package, and the example apps'.
    include: ['test/**/*.test.ts', 'generated/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
  },
});
