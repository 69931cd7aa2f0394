// `npm run fuzz [-- --runs N] [--full N] [--seed N] [--shrink]`: the property tests with many more runs
// than `npm test` (default 20,000 in memory, 60 compiled and tested). Environment variables
// FUZZ_RUNS, FUZZ_FULL_RUNS and FUZZ_SEED work too; arguments win. A random seed: `--seed random`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../generator/paths.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = option('seed') === 'random' ? String(Math.floor(Math.random() * 2 ** 31)) : option('seed');
const env = {
  ...process.env,
  FUZZ_RUNS: option('runs') ?? process.env['FUZZ_RUNS'] ?? '20000',
  FUZZ_FULL_RUNS: option('full') ?? process.env['FUZZ_FULL_RUNS'] ?? '60',
  ...(seed ?? process.env['FUZZ_SEED'] ? { FUZZ_SEED: seed ?? process.env['FUZZ_SEED'] } : {}),
  ...(args.includes('--shrink') ? { FUZZ_SHRINK: '1' } : {}),
};
console.log(`fuzz: ${env.FUZZ_RUNS} in-memory runs, ${env.FUZZ_FULL_RUNS} full runs, seed ${env.FUZZ_SEED ?? 'default'}`);
const vitest = path.join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/property'], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
