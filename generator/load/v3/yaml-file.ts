// A YAML file as bytes -> plain data, in a mode that cannot run or expand anything: the core schema
// (no timestamps, no custom tags: an explicit tag other than the core ones refuses the file), unique
// keys, and aliases bounded in number and in what they expand to. Scalars keep the text Postman
// wrote: a number is its source text (`0123`, a 16-digit `order`), a date is text; booleans and
// null stay themselves. Every failure is a diagnostic with the file and line (PF020-PF022).
import { readFileSync, statSync } from 'node:fs';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Limits } from '../../config.js';
import type { Diagnostics } from '../../diagnostics.js';
import { firstInvalidUtf8 } from '../json-file.js';

export type Yaml = null | boolean | string | Yaml[] | { [key: string]: Yaml };
export type YamlMap = { [key: string]: Yaml };

export interface YamlFile {
  file: string;
  value: Yaml;
  /** The 1-based line of the node at an RFC 6901 pointer (`/headers/0`), when it was recorded. */
  lines: ReadonlyMap<string, number>;
}

/** Anchors are never written by Postman; a few are allowed, a bomb of them is not. */
export const MAX_ALIASES = 50;
/** What aliases may expand to, in nodes, beyond the file's own nodes. */
const MAX_ALIAS_NODES = 10_000;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export function readYamlFile(file: string, limits: Pick<Limits, 'maxFileBytes' | 'maxJsonDepth'>, diagnostics: Diagnostics): YamlFile | undefined {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > limits.maxFileBytes) {
      diagnostics.report('PF008', `the file is ${size} bytes, more than limits.maxFileBytes (${limits.maxFileBytes})`, { file });
      return undefined;
    }
    bytes = readFileSync(file);
  } catch (error) {
    diagnostics.report('PF001', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    diagnostics.report('PF009', `the file is not valid UTF-8: byte ${firstInvalidUtf8(bytes)} starts no valid character`, { file });
    return undefined;
  }
  return parseYaml(text, file, limits, diagnostics);
}

export function parseYaml(text: string, file: string, limits: Pick<Limits, 'maxJsonDepth'>, diagnostics: Diagnostics): YamlFile | undefined {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { schema: 'core', customTags: [], uniqueKeys: true, strict: true, prettyErrors: false, lineCounter, stringKeys: true });
  } catch (error) {
    // The parser recurses: a file nested thousands of levels deep ends here, as a refusal.
    diagnostics.report('PF020', `the YAML cannot be parsed: ${error instanceof Error ? error.message : String(error)}`, { file });
    return undefined;
  }
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    // The first error is the one to fix; those after it often follow from it.
    const first = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more after it)` : '';
    diagnostics.report('PF020', `line ${line}, column ${col}: ${firstLine(first.message)}${more}`, { file, line });
    return undefined;
  }
  const lines = new Map<string, number>();
  const state = { aliases: 0, expanded: 0, refused: false };
  const convert = (node: unknown, pointer: string, depth: number, viaAlias: boolean): Yaml => {
    if (state.refused) return null;
    if (viaAlias && ++state.expanded > MAX_ALIAS_NODES) return refuse('PF022', `aliases expand to more than ${MAX_ALIAS_NODES} nodes`, node);
    if (depth > limits.maxJsonDepth + 16) return refuse('PF020', `the YAML nests deeper than limits.maxJsonDepth (${limits.maxJsonDepth})`, node);
    if (isAlias(node)) {
      if (++state.aliases > MAX_ALIASES) return refuse('PF022', `more than ${MAX_ALIASES} aliases (*name); Postman writes none`, node);
      return convert(node.resolve(doc), pointer, depth, true);
    }
    const n = node as Node | null;
    if (n && 'tag' in n && typeof n.tag === 'string' && !CORE_TAGS.has(n.tag)) return refuse('PF021', `the tag ${n.tag} is refused: postforge reads plain YAML only (no custom or language tags)`, node);
    if (n?.range && !viaAlias) lines.set(pointer, lineOf(n.range[0]));
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || v === undefined) return null;
      if (typeof v === 'boolean' || typeof v === 'string') return v;
      // Numbers (and anything else the schema made of a scalar) come back as the text written.
      return node.source ?? String(v);
    }
    if (isSeq(node)) return node.items.map((item, i) => convert(item, `${pointer}/${i}`, depth + 1, viaAlias));
    if (isMap(node)) {
      const out: YamlMap = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.source ?? pair.key.value) : null;
        if (key === null) return refuse('PF020', 'a mapping key is not a plain scalar', pair.key);
        if (key === '<<') return refuse('PF021', 'merge keys (<<) are refused: postforge reads plain YAML only', pair.key);
        // Own data property: a key named __proto__ is a key, never a prototype.
        Object.defineProperty(out, key, { value: convert(pair.value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1, viaAlias), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return null;
  };
  const refuse = (code: 'PF020' | 'PF021' | 'PF022', message: string, node: unknown): null => {
    if (!state.refused) {
      const range = (node as { range?: [number, number, number] } | null)?.range;
      const line = lineOf(range?.[0]);
      diagnostics.report(code, `line ${line}: ${message}`, { file, line });
    }
    state.refused = true;
    return null;
  };
  const value = convert(doc.contents, '', 0, false);
  if (state.refused) return undefined;
  return { file, value, lines };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
