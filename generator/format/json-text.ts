// JSON in the exact text prettier's `json` parser prints, without running prettier: fixtures,
// schemas and the API summary are most of a large package's bytes, and prettier spent a third of a
// cold run re-printing data we wrote ourselves. The rules are prettier's for JSON (checked against
// prettier itself by test/format/json-text.test.ts on random texts and on every committed package):
// - an object breaks when its first key is on a new line in the source (objectWrap `preserve`);
// - an array breaks when it has more than one element and all are arrays (or all objects) of more
//   than one entry each;
// - anything holding something that breaks, breaks; otherwise it stays on one line if that fits
//   (with the `,` after it), else one entry per line, or, for two or more numbers, as many as fit;
// - literals keep their source text, numbers in prettier's canonical form (`1e+21` -> `1e21`).
import * as prettier from 'prettier';

export interface JsonStyle {
  printWidth: number;
  tabWidth: number;
  bracketSpacing: boolean;
}

/** The style to print JSON in for these prettier options, or null where only prettier can (tabs, plugins, collapsed objects, CRLF). */
export function jsonStyle(options: prettier.Options): JsonStyle | null {
  const o = options as prettier.Options & { objectWrap?: string };
  if (o.useTabs || (o.plugins?.length ?? 0) > 0 || (o.objectWrap ?? 'preserve') !== 'preserve') return null;
  if (o.endOfLine !== undefined && o.endOfLine !== 'lf' && o.endOfLine !== 'auto') return null;
  return { printWidth: o.printWidth ?? 80, tabWidth: o.tabWidth ?? 2, bracketSpacing: o.bracketSpacing ?? true };
}

/** The JSON text as prettier formats it with the `json` parser; undefined when it is not plain JSON (prettier decides then). */
export function printJson(text: string, style: JsonStyle): string | undefined {
  const root = new Scanner(text).document();
  return root === undefined ? undefined : new Printer(style).node(root, 0, 0, 0) + '\n';
}

type Node =
  | { kind: 'literal'; raw: string; number: boolean }
  | { kind: 'array'; items: Node[] }
  | { kind: 'object'; entries: Array<[string, Node]>; expanded: boolean };

/** Deeper than this is left to prettier: the printer recurses, and no emitted file nests so deep. */
const MAX_DEPTH = 500;

class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  document(): Node | undefined {
    const node = this.value(0);
    this.space();
    return node !== undefined && this.at === this.text.length ? node : undefined;
  }

  private value(depth: number): Node | undefined {
    if (depth > MAX_DEPTH) return undefined;
    this.space();
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    m.lastIndex = this.at;
    const hit = m.exec(this.text);
    if (!hit) return undefined;
    this.at += hit[0].length;
    return { kind: 'literal', raw: hit[0], number: hit[0] !== 'true' && hit[0] !== 'false' && hit[0] !== 'null' };
  }

  private string(): Node | undefined {
    const m = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
    m.lastIndex = this.at;
    const hit = m.exec(this.text);
    if (!hit) return undefined;
    this.at += hit[0].length;
    return { kind: 'literal', raw: hit[0], number: false };
  }

  private object(depth: number): Node | undefined {
    const open = ++this.at;
    const entries: Array<[string, Node]> = [];
    this.space();
    const expanded = this.text.slice(open, this.at).includes('\n');
    if (this.text[this.at] === '}') return (this.at++, { kind: 'object', entries, expanded: false });
    for (;;) {
      this.space();
      const key = this.string();
      if (key?.kind !== 'literal' || !this.take(':')) return undefined;
      const value = this.value(depth + 1);
      if (value === undefined) return undefined;
      entries.push([key.raw, value]);
      if (this.take('}')) return { kind: 'object', entries, expanded };
      if (!this.take(',')) return undefined;
    }
  }

  private array(depth: number): Node | undefined {
    this.at++;
    const items: Node[] = [];
    if (this.take(']')) return { kind: 'array', items };
    for (;;) {
      const value = this.value(depth + 1);
      if (value === undefined) return undefined;
      items.push(value);
      if (this.take(']')) return { kind: 'array', items };
      if (!this.take(',')) return undefined;
    }
  }

  private take(c: string): boolean {
    this.space();
    if (this.text[this.at] !== c) return false;
    this.at++;
    return true;
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]!)) this.at++;
  }
}

class Printer {
  private readonly breaks = new Map<Node, boolean>();
  constructor(private readonly style: JsonStyle) {}

  /** `at`: the column the node starts at; `after`: the width of what follows it on its line. */
  node(n: Node, depth: number, at: number, after: number): string {
    if (n.kind === 'literal') return n.number ? printNumber(n.raw) : n.raw;
    if (n.kind === 'array' ? n.items.length === 0 : n.entries.length === 0) return n.kind === 'array' ? '[]' : '{}';
    if (!this.mustBreak(n)) {
      const flat = this.flat(n);
      if (at + width(flat) + after <= this.style.printWidth) return flat;
    }
    const pad = this.pad(depth + 1);
    const last = (n.kind === 'array' ? n.items.length : n.entries.length) - 1;
    if (n.kind === 'object') {
      const lines = n.entries.map(
        ([key, value], i) =>
          `${pad}${key}: ${this.node(value, depth + 1, pad.length + width(key) + 2, i < last ? 1 : 0)}`,
      );
      return `{\n${lines.join(',\n')}\n${this.pad(depth)}}`;
    }
    const body = isConcise(n.items)
      ? pad +
        this.fill(
          n.items.map((item) => this.node(item, 0, 0, 0)),
          pad.length,
        )
      : n.items.map((item, i) => pad + this.node(item, depth + 1, pad.length, i < last ? 1 : 0)).join(',\n');
    return `[\n${body}\n${this.pad(depth)}]`;
  }

  /** Whether prettier breaks this node whatever the width: its own rule, or something inside that breaks. */
  private mustBreak(n: Node): boolean {
    if (n.kind === 'literal') return false;
    let known = this.breaks.get(n);
    if (known === undefined) {
      const children = n.kind === 'array' ? n.items : n.entries.map(([, v]) => v);
      known = (n.kind === 'object' ? n.expanded : byArrayRule(n.items)) || children.some((c) => this.mustBreak(c));
      this.breaks.set(n, known);
    }
    return known;
  }

  private flat(n: Node): string {
    if (n.kind === 'literal') return n.number ? printNumber(n.raw) : n.raw;
    if (n.kind === 'array') return `[${n.items.map((i) => this.flat(i)).join(', ')}]`;
    if (n.entries.length === 0) return '{}';
    const space = this.style.bracketSpacing ? ' ' : '';
    return `{${space}${n.entries.map(([k, v]) => `${k}: ${this.flat(v)}`).join(', ')}${space}}`;
  }

  /** prettier's `fill`: the separator before a number stays a space when it and the number before it fit together. */
  private fill(items: string[], indent: number): string {
    const contents = items.map((s, i) => (i < items.length - 1 ? `${s},` : s));
    let out = contents[0]!;
    let start = indent; // the column the previous content started at
    for (let i = 1; i < contents.length; i++) {
      const previous = width(contents[i - 1]!);
      if (previous + 1 + width(contents[i]!) <= this.style.printWidth - start) {
        out += ` ${contents[i]}`;
        start += previous + 1;
      } else {
        out += `\n${' '.repeat(indent)}${contents[i]}`;
        start = indent;
      }
    }
    return out;
  }

  private pad(depth: number): string {
    return ' '.repeat(depth * this.style.tabWidth);
  }
}

/** prettier's own rule: two or more elements, all arrays or all objects, each of more than one entry. */
function byArrayRule(items: Node[]): boolean {
  if (items.length < 2) return false;
  const kind = items[0]!.kind;
  return items.every(
    (i) => i.kind === kind && (i.kind === 'array' ? i.items.length > 1 : i.kind === 'object' && i.entries.length > 1),
  );
}

/** Two or more numbers: prettier fills the lines with them instead of one per line. */
const isConcise = (items: Node[]) => items.length > 1 && items.every((i) => i.kind === 'literal' && i.number);

/** prettier's canonical number: lower case, no `+` or leading zeros in the exponent, no trailing zeros. */
function printNumber(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)/, '$1$2$3')
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
    .replace(/^([+-])?\./, '$10.')
    .replace(/(\.\d+?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}

const width = (text: string) => prettier.util.getStringWidth(text);
