// Run counts and seed for the property tests: small and fixed in `npm test`, large under `npm run fuzz`.
// FUZZ_RUNS (cheap checks per run), FUZZ_FULL_RUNS (collections generated, compiled and tested),
// FUZZ_SEED (default 20261202: deterministic; fast-check prints the seed and path of any failure).
const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return value;
};

export const FUZZ = {
  runs: int('FUZZ_RUNS', 1000),
  fullRuns: int('FUZZ_FULL_RUNS', 4),
  seed: int('FUZZ_SEED', 20261202),
};
