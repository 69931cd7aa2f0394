// A persistent, content-addressed cache on disk (default node_modules/.cache/postforge), so that a
// regeneration does not format or build the same bytes again. It can only ever save work, never
// change output: every entry names the digest of its key and of its value, and an entry that does
// not check out in full (truncated, corrupt, written for another key, another postforge) is a miss.
// Writes are best-effort (a read-only or full disk just means no caching) and atomic (temp + rename),
// so two runs sharing one folder never see half an entry.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CacheStore {
  get(kind: string, key: string): string | undefined;
  set(kind: string, key: string, value: string): void;
}

/** Format of an entry: one header line, then the value's bytes. */
const MAGIC = 'postforge-cache-v1';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `dir` null: no persistent cache (every get misses, set does nothing). */
export function openCache(dir: string | null, salt: string): CacheStore {
  if (dir === null) return { get: () => undefined, set: () => undefined };
  const keyDigest = (kind: string, key: string) => sha256(`${salt}\0${kind}\0${key}`);
  const file = (kind: string, digest: string) => path.join(dir, kind, digest.slice(0, 2), digest);
  let counter = 0;
  return {
    get(kind, key) {
      const digest = keyDigest(kind, key);
      let text: string;
      try {
        text = readFileSync(file(kind, digest), 'utf8');
      } catch {
        return undefined;
      }
      const newline = text.indexOf('\n');
      if (newline < 0) return undefined;
      const [magic, forKey, valueDigest, length, ...rest] = text.slice(0, newline).split(' ');
      const value = text.slice(newline + 1);
      if (magic !== MAGIC || rest.length || forKey !== digest || length !== String(value.length) || valueDigest !== sha256(value)) return undefined;
      return value;
    },
    set(kind, key, value) {
      const digest = keyDigest(kind, key);
      const target = file(kind, digest);
      const temp = `${target}.${process.pid}.${counter++}.tmp`;
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(temp, `${MAGIC} ${digest} ${sha256(value)} ${value.length}\n${value}`);
        renameSync(temp, target);
      } catch {
        try {
          rmSync(temp, { force: true });
        } catch {
          // the folder itself is not writable: nothing was left behind
        }
      }
    },
  };
}
