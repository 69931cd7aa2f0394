import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The generator's own tests, and the tests of every generated package.
    include: ['test/**/*.test.ts', 'generated/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
  },
});
