// The redactor: one pass over the finished endpoint model that replaces every secret (see
// secrets.ts) with a stable placeholder, so no later stage (fixtures, types, README, JSDoc, literal
// unions, signed expectations) ever sees one. The same value always gets the same placeholder, so a
// request's redacted password and the response that echoes it still line up in the tests.
//
// The model is walked twice: the first walk finds the secrets, the second replaces them, so a secret
// found in a body is also replaced where it is repeated in a description walked before it.
import type { ApiModel, JsonValue } from '../model/types.js';
import { parseJson } from '../../templates/runtime/json.js';
import { highEntropy, isReference, searchable, secretKey, STAND_IN, tokenShapes } from './secrets.js';

export interface RedactionSummary {
  /** Distinct secret values replaced. */
  values: number;
  /** Places replaced, by the rule that found them (`field`, `jwt`, `url userinfo`, …). */
  byKind: Record<string, number>;
  /** Where: the nearest JSON pointer of the collection and the model field under it. */
  places: string[];
}

/** `redacted-<n>`: no length, hash or shape of the secret, and nothing a scan would call a secret. */
export function placeholderFor(index: number): string {
  return `redacted-${index}`;
}

/**
 * `seeds`: values of variables whose names hold secrets, replaced wherever they were resolved into.
 * `secrets`: every value replaced (and the seeds), for the output scan; they are not in the model.
 */
export function redactModel(
  api: ApiModel,
  seeds: readonly string[] = [],
): { api: ApiModel; summary: RedactionSummary; secrets: string[]; redactText: (text: string) => string } {
  const placeholders = new Map<string, string>();
  const remember = (secret: string): string => {
    let placeholder = placeholders.get(secret);
    if (placeholder === undefined) {
      placeholder = placeholderFor(placeholders.size + 1);
      placeholders.set(secret, placeholder);
    }
    return placeholder;
  };
  // Seeds are known by name, so any value of 6+ characters that is not a number counts; values found
  // in the first walk are looked for elsewhere only when they cannot be ordinary data.
  const known = seeds.filter((seed) => seed.length >= 6 && !isReference(seed) && !/^[\d.-]*$/.test(seed));
  walk(api, new Redactor(remember, known, null));
  const summary: RedactionSummary = { values: 0, byKind: {}, places: [] };
  const redactor = new Redactor(
    remember,
    [...new Set([...known, ...[...placeholders.keys()].filter(searchable)])],
    summary,
  );
  const redacted = walk(api, redactor) as ApiModel;
  summary.values = redactor.used.size;
  const quiet = new Redactor(remember, [...new Set([...known, ...[...placeholders.keys()].filter(searchable)])], null);
  return {
    api: redacted,
    summary,
    secrets: [...new Set([...placeholders.keys(), ...known])],
    redactText: (text) => quiet.text(text, ''),
  };
}

class Redactor {
  /** Secrets already known (the seeds; in the second walk also those found): a whole value equal to one is replaced. */
  private readonly known: Set<string>;
  /** The searchable ones, replaced inside any text: one pattern, longest first. */
  private readonly knownPattern: RegExp | null;
  /** Placeholders handed out by this walk. */
  readonly used = new Set<string>();

  constructor(
    private readonly placeholder: (secret: string) => string,
    known: readonly string[],
    private readonly summary: RedactionSummary | null,
  ) {
    this.known = new Set(known);
    const sorted = known
      .filter(searchable)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.knownPattern = sorted.length ? new RegExp(sorted.join('|'), 'g') : null;
  }

  /** Names repeat (every `id`, every `status`): each is split into words once per walk. */
  private readonly strengths = new Map<string, ReturnType<typeof secretKey>>();
  private strengthOf(name: string): ReturnType<typeof secretKey> {
    let strength = this.strengths.get(name);
    if (strength === undefined) {
      strength = secretKey(name);
      this.strengths.set(name, strength);
    }
    return strength;
  }

  /** Counts remember() and record() calls: a text() that made none left its value as it was. */
  private effects = 0;
  /** Texts that came out unchanged, with nothing recorded: keys and values repeat across a collection. */
  private readonly clean = new Set<string>();

  private remember(secret: string): string {
    this.effects++;
    const placeholder = this.placeholder(secret);
    this.used.add(placeholder);
    return placeholder;
  }

  /** A parsed body and its raw text are one place: each place and rule is counted once. */
  private readonly seen = new Set<string>();
  private record(kind: string, where: string): void {
    this.effects++;
    if (!this.summary || this.seen.has(`${kind} ${where}`)) return;
    this.seen.add(`${kind} ${where}`);
    this.summary.byKind[kind] = (this.summary.byKind[kind] ?? 0) + 1;
    this.summary.places.push(where);
  }

  /** A value under a name: the whole value when the name says secret, else its text. */
  keyed(name: string | null, value: string, where: string): string {
    if (value === '' || isReference(value) || STAND_IN.test(value)) return this.text(value, where);
    const strength = name === null ? null : this.strengthOf(name);
    if (strength === 'strong' || (strength === 'weak' && highEntropy(value))) {
      this.record('field', where);
      return this.remember(value);
    }
    return this.text(value, where);
  }

  /** Free text: token shapes, `key=value` and `"key": "value"` pairs under secret names, and known secrets. */
  text(value: string, where: string): string {
    if (value === '' || this.clean.has(value)) return value;
    const effects = this.effects;
    const out = this.rewritten(value, where);
    if (out === value && this.effects === effects) this.clean.add(value);
    return out;
  }

  private rewritten(value: string, where: string): string {
    if (this.known.has(value)) {
      this.record('known value', where);
      return this.remember(value);
    }
    let out = '';
    let from = 0;
    for (const m of tokenShapes(value)) {
      out += value.slice(from, m.start) + this.remember(value.slice(m.start, m.end));
      this.record(m.kind, where);
      from = m.end;
    }
    out += value.slice(from);
    out = out.replace(
      PAIR,
      (
        whole,
        key: string | undefined,
        sep: string | undefined,
        quoted: string | undefined,
        bareKey: string | undefined,
        bare: string | undefined,
      ) => {
        const name = key ?? bareKey ?? '';
        const secret = quoted ?? bare ?? '';
        const strength = this.strengthOf(name);
        if (
          secret === '' ||
          isReference(secret) ||
          STAND_IN.test(secret) ||
          !(strength === 'strong' || (strength === 'weak' && highEntropy(secret)))
        )
          return whole;
        this.record('field', where);
        return quoted === undefined
          ? `${name}=${this.remember(secret)}`
          : whole.slice(0, whole.length - quoted.length - 1) + this.remember(secret) + '"';
      },
    );
    if (this.knownPattern) {
      out = out.replace(this.knownPattern, (secret) => {
        this.record('known value', where);
        return this.remember(secret);
      });
    }
    return out;
  }

  /** A parsed JSON document: string values by the key they stand under (array items by the array's key). */
  json(value: JsonValue, key: string | null, where: string): JsonValue {
    if (typeof value === 'string') return this.keyed(key, value, `${where}${key === null ? '' : '.' + key}`);
    if (Array.isArray(value)) return value.map((item) => this.json(item, key, where));
    if (value === null || typeof value !== 'object') return value;
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a `__proto__` key stays an own property, as JSON.parse made it.
      Object.defineProperty(out, this.text(k, where), {
        value: this.json(v, k, where),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  /**
   * The same document as text, rewritten token by token with the same decisions as `json`, so the
   * raw text fixtures serve (and inference re-reads for big integers) matches the redacted value.
   * Numbers a double cannot hold are strings in the parsed value, so they are decided as strings too.
   */
  jsonText(raw: string, where: string): string {
    try {
      return this.jsonTokens(raw, where);
    } catch {
      return this.text(raw, where); // not JSON after all: redacted as text
    }
  }

  private jsonTokens(raw: string, where: string): string {
    const frames: Array<{ object: boolean; key: string | null; expectKey: boolean }> = [];
    let out = '';
    let from = 0;
    let i = 0;
    const replace = (start: number, end: number, text: string) => {
      out += raw.slice(from, start) + text;
      from = end;
    };
    while (i < raw.length) {
      const c = raw[i]!;
      const top = frames[frames.length - 1];
      if (c === '"') {
        let end = i + 1;
        while (end < raw.length && raw[end] !== '"') end += raw[end] === '\\' ? 2 : 1;
        end++;
        const decoded = JSON.parse(raw.slice(i, end)) as string;
        if (top?.object && top.expectKey) {
          top.key = decoded;
          const key = this.text(decoded, where);
          if (key !== decoded) replace(i, end, JSON.stringify(key));
        } else {
          const next = this.keyed(top ? top.key : null, decoded, `${where}${top?.key == null ? '' : '.' + top.key}`);
          if (next !== decoded) replace(i, end, JSON.stringify(next));
        }
        i = end;
        continue;
      }
      if (c === '-' || (c >= '0' && c <= '9')) {
        const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(raw.slice(i, i + 400))![0];
        const exact = parseJson(number);
        if (typeof exact === 'string') {
          const next = this.keyed(top ? top.key : null, exact, `${where}${top?.key == null ? '' : '.' + top.key}`);
          if (next !== exact) replace(i, i + number.length, JSON.stringify(next));
        }
        i += number.length;
        continue;
      }
      if (c === '{') frames.push({ object: true, key: null, expectKey: true });
      else if (c === '[') frames.push({ object: false, key: top ? top.key : null, expectKey: false });
      else if (c === '}' || c === ']') frames.pop();
      else if (c === ':' && top) top.expectKey = false;
      else if (c === ',' && top?.object) top.expectKey = true;
      i++;
    }
    return out + raw.slice(from);
  }
}

/**
 * In text: `"password": "hunter2"` or `password: "hunter2"` (quoted values only, so the prose
 * `Authorization: Bearer <token>` stays), and `password=hunter2` up to `&`, `;`, a quote or space.
 */
const PAIR = /["']?\b([A-Za-z_][\w.-]*)["']?(\s*:\s*)"((?:[^"\\\n]|\\.)*)"|\b([A-Za-z_][\w.[\]-]*)=([^\s&;,"'<>{}]+)/g;

/** Fields never redacted: the model's discriminators, file paths and pointers. */
const STRUCTURAL = new Set(['kind', 'file', 'pointer']);

/**
 * Copies the model, redacting on the way. Fields that pair a name with a value (headers, query
 * params, form fields, path params, JSON keys) are decided by the name; all other text by its shape.
 */
function walk(node: unknown, r: Redactor, where = '', key: string | null = null): unknown {
  if (typeof node === 'string') return key !== null && STRUCTURAL.has(key) ? node : r.text(node, where);
  if (Array.isArray(node)) return node.map((item, i) => walk(item, r, `${where}.${i}`));
  if (node === null || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const source = o['source'] as { pointer?: unknown } | undefined;
  const at = source && typeof source.pointer === 'string' ? source.pointer : where;
  const special = decided(o, r, at);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o))
    out[k] = k in special ? special[k] : walk(v, r, `${at}${at === where ? '.' : ' '}${k}`, k);
  return out;
}

/** The fields of a node decided by context rather than by their own text. */
function decided(o: Record<string, unknown>, r: Redactor, at: string): Record<string, unknown> {
  const named = (nameField: string, valueField: string): Record<string, unknown> => {
    const name = o[nameField];
    const value = o[valueField];
    return typeof value === 'string'
      ? { [valueField]: r.keyed(typeof name === 'string' ? name : null, value, `${at} ${String(name)}`) }
      : {};
  };
  switch (o['kind']) {
    case 'json-sample':
    case 'json': {
      const out: Record<string, unknown> = {};
      if ('value' in o) out['value'] = r.json(o['value'] as JsonValue, null, at);
      if (typeof o['raw'] === 'string') out['raw'] = r.jsonText(o['raw'], at);
      return out;
    }
    case 'graphql':
      // An example's GraphQL variables are a JSON value; the endpoint's are samples, walked as such.
      return 'source' in o || o['variables'] === null || o['variables'] === undefined
        ? {}
        : { variables: r.json(o['variables'] as JsonValue, null, `${at}.variables`) };
    case 'header':
      return named('name', 'value');
    case 'query':
    case 'form-field':
    case 'param':
      return named('name', 'example');
    case 'text':
      return 'name' in o ? named('name', 'value') : {};
    case 'match':
      return {
        pathParams: Object.fromEntries(
          Object.entries(o['pathParams'] as Record<string, string>).map(([name, value]) => [
            name,
            r.keyed(name, value, `${at} path ${name}`),
          ]),
        ),
      };
    case undefined:
      // `{ key, value }` pairs: saved headers and query parameters.
      return typeof o['key'] === 'string' ? named('key', 'value') : {};
    default:
      return {};
  }
}
