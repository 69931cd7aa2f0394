// A namespace in which every name is unique. Collisions get a deterministic numeric suffix.

export interface Scope {
  /** Claims `name`, or `name2`, `name3`... and returns the claimed name. */
  claim(name: string): string;
  has(name: string): boolean;
}

export function createScope(reserved: Iterable<string> = []): Scope {
  const taken = new Set<string>();
  for (const name of reserved) taken.add(name.toLowerCase());
  return {
    claim(name) {
      // Case-insensitive: names also become file names, and some file systems ignore case.
      let candidate = name;
      for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${name}${n}`;
      taken.add(candidate.toLowerCase());
      return candidate;
    },
    has: (name) => taken.has(name.toLowerCase()),
  };
}
