// What the v3 readers share while they turn one YAML file into its v2.1 part: the file, its lines,
// where to report, and the record of which v2.1 pointer came from which place in which file.
import type { Diagnostics } from '../../diagnostics.js';
import type { Json, JsonObject } from '../parts.js';
import type { Yaml, YamlFile, YamlMap } from './yaml-file.js';

/** A place in a v3 file: the file, a pointer into its YAML, and whether deeper v2.1 pointers still map below it. */
export interface V3Place {
  file: string;
  pointer: string;
  line?: number;
  /** False for a map entry (`headers: { Accept: … }`): the v2.1 `/value` below it has no YAML pointer of its own. */
  nested: boolean;
}

export interface FileContext {
  yaml: YamlFile;
  diagnostics: Diagnostics;
  /** Records that the v2.1 part at `v2` came from `v3` (a YAML pointer in this file). */
  place(v2: string, v3: string, nested?: boolean): void;
}

export function createFileContext(yaml: YamlFile, diagnostics: Diagnostics, places: Map<string, V3Place>): FileContext {
  return {
    yaml,
    diagnostics,
    place(v2, v3, nested = true) {
      places.set(v2, { file: yaml.file, pointer: v3, line: lineAt(yaml, v3), nested });
    },
  };
}

/** The line of the node at `pointer`, or of its nearest recorded ancestor. */
export function lineAt(yaml: YamlFile, pointer: string): number | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const line = yaml.lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return undefined;
  }
}

export function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function token(key: string | number): string {
  return '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A part of the wrong shape: said at its place, with what happens instead. */
export function wrongShape(ctx: FileContext, pointer: string, message: string): void {
  ctx.diagnostics.report('PF028', message, { file: ctx.yaml.file, pointer, line: lineAt(ctx.yaml, pointer) });
}

/** Text where v2.1 has text: a string, or a boolean's text; null stays null; anything else is undefined. */
export function textOf(value: Yaml | undefined): string | null | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value === null) return null;
  return undefined;
}

/** A flag as YAML and Postman write it: `true`/`false`, or their text. */
export function flagOf(value: Yaml | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return undefined;
}

export function put(out: JsonObject, key: string, value: Json | undefined): void {
  if (value !== undefined) out[key] = value;
}
