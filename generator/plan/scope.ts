// A namespace in which every name is unique. Collisions get a deterministic numeric suffix.

export interface Scope {
  /** Claims `name`, or `name2`, `name3`... and returns the claimed name. */
  claim(name: string): string;
  /**
   * Claims `stem + suffix` for every suffix at once, with the first of `stem`, `stem2`, `stem3`…
   * for which all of them are free, and returns that stem.
   */
  claimFamily(stem: string, suffixes: readonly string[]): string;
  has(name: string): boolean;
}

/**
 * `ignoreCase` (the default): for names that also become file names, which some file systems
 * compare ignoring case. Declarations that never name a file compare as TypeScript does.
 */
export function createScope(reserved: Iterable<string> = [], { ignoreCase = true } = {}): Scope {
  const key = ignoreCase ? (name: string) => name.toLowerCase() : (name: string) => name;
  const taken = new Set<string>();
  for (const name of reserved) taken.add(key(name));
  return {
    claim(name) {
      let candidate = name;
      for (let n = 2; taken.has(key(candidate)); n += 1) candidate = `${name}${n}`;
      taken.add(key(candidate));
      return candidate;
    },
    claimFamily(stem, suffixes) {
      let candidate = stem;
      for (let n = 2; suffixes.some((s) => taken.has(key(candidate + s))); n += 1) candidate = `${stem}${n}`;
      for (const s of suffixes) taken.add(key(candidate + s));
      return candidate;
    },
    has: (name) => taken.has(key(name)),
  };
}
