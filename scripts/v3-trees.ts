// `npm run v3:trees`: regenerates test/v3/trees/<name>/, the Postman Collection v3 folder of every
// collection in collections/ and the corpus (../shared/corpus, or POSTFORGE_CORPUS), as the
// official Postman CLI's migrator writes it, then lints each tree with the same CLI.
//
//   npm install --prefix /tmp/pmcli postman-cli        # once: a 237 MB native binary, no licence, never our dependency
//   POSTFORGE_CORPUS=/work/shared/corpus npm run v3:trees [-- --postman /tmp/pmcli/node_modules/.bin/postman]
//
// Two things the migrator cannot do are done here, each recorded in test/v3/trees/SOURCES.json:
// - v2.0 collections (it takes only v2.1) are converted first: the schema named, and each auth's
//   `{ key: value }` map written as v2.1's list of `{ key, value, type }` (the one difference the
//   collection SDK reads; postman-collection-transformer has no 2.0 -> 2.1 path);
// - a name too long for a file name (ENAMETOOLONG) is shortened before migrating, and its file is
//   then given `name:` with the full name, as Postman writes a name that cannot be a file name.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap as isYamlMap, parseDocument, Scalar, type Document } from 'yaml';
import { PROJECT_ROOT } from '../generator/paths.js';

const TREES = path.join(PROJECT_ROOT, 'test', 'v3', 'trees');
const COLLECTION_SUFFIX = '.postman_collection.json';
/** Longest name kept as it is: file names are at most 255 bytes, and `.example.yaml` and the stem's escapes need room. */
const MAX_NAME_BYTES = 150;

export interface TreeSource {
  /** The JSON the tree was migrated from, relative to the repository (collections/…) or to the corpus (corpus:…). */
  source: string;
  /** The collection was v2.0 and converted to v2.1 (`toV21`) before migrating. */
  convertedFromV20: boolean;
  /** Names shortened for the file system, then restored with `name:` in their files. */
  longNames: number;
  lint: 'clean' | string;
}

function postmanBinary(): string {
  const given = process.argv.indexOf('--postman');
  if (given !== -1) return process.argv[given + 1]!;
  return process.env['POSTMAN_CLI'] ?? '/tmp/pmcli/node_modules/.bin/postman';
}

function inputs(): Array<{ name: string; file: string; source: string }> {
  const own = path.join(PROJECT_ROOT, 'collections');
  const corpus = process.env['POSTFORGE_CORPUS'] ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');
  const list = (dir: string, prefix: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(COLLECTION_SUFFIX))
          .sort()
          .map((f) => ({ name: f.slice(0, -COLLECTION_SUFFIX.length), file: path.join(dir, f), source: prefix + f }))
      : [];
  return [...list(own, 'collections/'), ...list(corpus, 'corpus:')];
}

/** v2.0 -> v2.1 in place: the schema, and auth parameters as lists (v2.0 writes maps). */
export function toV21(collection: { info?: { schema?: string } }): void {
  if (collection.info) collection.info.schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
  const stack: unknown[] = [collection];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const record = node as Record<string, unknown>;
    const auth = record['auth'] as Record<string, unknown> | undefined;
    const type = typeof auth?.['type'] === 'string' ? (auth['type'] as string) : null;
    if (auth && type && typeof auth[type] === 'object' && auth[type] !== null && !Array.isArray(auth[type])) {
      auth[type] = Object.entries(auth[type] as Record<string, unknown>).map(([key, value]) => ({ key, value, type: typeof value === 'boolean' ? 'boolean' : 'string' }));
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'auth') stack.push(value);
  }
}

type Node = { name?: unknown; item?: unknown; response?: unknown };

/** Shortens every over-long item, folder and example name in place; returns marker -> full name. */
function shortenNames(collection: { item?: unknown }): Map<string, string> {
  const long = new Map<string, string>();
  const stack: unknown[] = [collection];
  while (stack.length) {
    const node = stack.pop() as Node;
    for (const list of [node.item, node.response]) if (Array.isArray(list)) stack.push(...list);
    if (node === collection || typeof node.name !== 'string' || Buffer.byteLength(node.name) <= MAX_NAME_BYTES) continue;
    const marker = `${node.name.slice(0, 60).replace(/[^A-Za-z0-9 _-]/g, '-').trim()} ~${long.size + 1}`;
    long.set(marker, node.name);
    node.name = marker;
  }
  return long;
}

/** Gives each file or folder whose name carries a marker its full name back, as `name:` after `$kind`. */
function restoreNames(dir: string, long: Map<string, string>): void {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
  for (const [marker, full] of long) {
    const target = files.find((f) => statSync(f).isFile() && path.basename(f).startsWith(marker + '.') && /\.(request|example)\.yaml$/.test(f))
      ?? files.map((f) => path.join(f, '.resources', 'definition.yaml')).find((f) => path.basename(path.dirname(path.dirname(f))) === marker && existsSync(f));
    if (!target) throw new Error(`no file for the shortened name "${marker}"`);
    const doc: Document = parseDocument(readFileSync(target, 'utf8'));
    if (!isYamlMap(doc.contents)) throw new Error(`${target} is not a map`);
    doc.contents.items = doc.contents.items.filter((p) => !(p.key instanceof Scalar && p.key.value === 'name'));
    doc.contents.items.splice(1, 0, doc.createPair('name', full));
    writeFileSync(target, doc.toString({ lineWidth: 80 }));
  }
}

function main(): void {
  const postman = postmanBinary();
  if (!existsSync(postman)) throw new Error(`the Postman CLI is not at ${postman}: npm install --prefix /tmp/pmcli postman-cli, or pass --postman <path>`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'postforge-v3-'));
  mkdirSync(TREES, { recursive: true });
  const sources: Record<string, TreeSource> = {};
  try {
    for (const { name, file, source } of inputs()) {
      let collection = JSON.parse(readFileSync(file, 'utf8')) as { info?: { schema?: string }; item?: unknown };
      const convertedFromV20 = /\/v2\.0\.\d+\//.test(collection.info?.schema ?? '');
      if (convertedFromV20) toV21(collection);
      const long = shortenNames(collection);
      const input = path.join(work, `${name}.json`);
      writeFileSync(input, JSON.stringify(collection));
      const out = path.join(TREES, name);
      rmSync(out, { recursive: true, force: true });
      execFileSync(postman, ['collection', 'migrate', input, '--output', out], { stdio: ['ignore', 'ignore', 'inherit'] });
      restoreNames(out, long);
      let lint = 'clean';
      try {
        execFileSync(postman, ['collection', 'lint', out], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
      } catch (error) {
        lint = String((error as { stdout?: string }).stdout ?? error).trim().split('\n').slice(-1)[0] ?? 'failed';
      }
      sources[name] = { source, convertedFromV20, longNames: long.size, lint };
      console.log(`${name}: ${readdirSync(out, { recursive: true }).length} entries${convertedFromV20 ? ', converted from v2.0' : ''}${long.size ? `, ${long.size} long names` : ''}; lint ${lint}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(path.join(TREES, 'SOURCES.json'), JSON.stringify(sources, null, 2) + '\n');
}

main();
