// Data in the exact text prettier prints, without running prettier: fixtures, schemas, saved
// examples and endpoint specs are most of a large package's bytes, and prettier spent most of a
// cold run re-printing data we wrote ourselves. Two dialects: a JSON file (prettier's `json`
// parser), and an object or array literal in TypeScript (ts-data.ts finds them). The rules are
// prettier's (checked against prettier itself by test/format/data-text.test.ts on random texts and
// on every committed package):
// - an object breaks when its first key is on a new line in the source (objectWrap `preserve`);
// - an array breaks when it has more than one element and all are arrays (or all objects) of more
//   than one entry each;
// - anything holding something that breaks, breaks; otherwise it stays on one line if that fits
//   (with the `,` after it), else one entry per line, or, for two or more numbers, as many as fit;
// - literals keep their source text, numbers in prettier's canonical form (`1e+21` -> `1e21`);
// - TypeScript only: strings take the quote prettier prefers, a broken literal ends in a trailing
//   comma, and after a key 3 or more columns wider than the tab width a value may move to the
//   next line (Printer.property).
// Anything else (comments, identifiers as values, keys prettier would unquote) is left to prettier.
import * as prettier from 'prettier';

export interface DataStyle {
  printWidth: number;
  tabWidth: number;
  bracketSpacing: boolean;
  /** `json`: a JSON file; `ts`: an object or array literal in TypeScript source. */
  dialect: 'json' | 'ts';
  /** TypeScript only: single quotes preferred. */
  singleQuote: boolean;
  /** TypeScript only: a comma after the last entry of a broken literal. */
  trailingComma: boolean;
}

/** The style to print data in for these options, or null where only prettier can (tabs, plugins, collapsed objects, CRLF). */
export function dataStyle(options: prettier.Options, dialect: DataStyle['dialect']): DataStyle | null {
  const o = options as prettier.Options & { objectWrap?: string };
  if (o.useTabs || (o.plugins?.length ?? 0) > 0 || (o.objectWrap ?? 'preserve') !== 'preserve') return null;
  if (o.endOfLine !== undefined && o.endOfLine !== 'lf' && o.endOfLine !== 'auto') return null;
  // `consistent` quotes every key of an object once one needs quotes: not worth following.
  if (dialect === 'ts' && (o.quoteProps ?? 'as-needed') === 'consistent') return null;
  return {
    printWidth: o.printWidth ?? 80,
    tabWidth: o.tabWidth ?? 2,
    bracketSpacing: o.bracketSpacing ?? true,
    dialect,
    singleQuote: o.singleQuote ?? false,
    trailingComma: (o.trailingComma ?? 'all') !== 'none',
  };
}

/** The JSON text as prettier formats it with the `json` parser; undefined when it is not plain JSON (prettier decides then). */
export function printJson(text: string, style: DataStyle): string | undefined {
  const scanner = new Scanner(text, 'json', 0);
  const root = scanner.value(0);
  if (root === undefined || !scanner.atEnd()) return undefined;
  return new Printer(style).print(root, 0) + '\n';
}

/**
 * The object literal at `start` of TypeScript source, scanned: its end offset, and the text of its
 * entries as prettier prints them, one per line at `depth` + 1 (with the literal's `{` and `}` on
 * lines of their own). Undefined when it is not plain data, or prettier would keep it on one line.
 */
export function printObjectEntries(
  source: string,
  start: number,
  depth: number,
  style: DataStyle,
): { end: number; entries: string } | undefined {
  const scanner = new Scanner(source, 'ts', start);
  const node = scanner.value(0);
  if (node?.kind !== 'object' || !node.expanded || node.entries.length === 0) return undefined;
  const printed = new Printer(style).print(node, depth);
  // `{\n<entries>\n<pad>}`: the entries alone.
  return { end: scanner.offset, entries: printed.slice(2, printed.lastIndexOf('\n')) };
}

type Literal = { kind: 'literal'; raw: string; type: 'string' | 'number' | 'word' };
type Node =
  | Literal
  | { kind: 'array'; items: Node[] }
  | { kind: 'object'; entries: Array<[string, Node]>; expanded: boolean };

/** Deeper than this is left to prettier: the printer recurses, and no emitted file nests so deep. */
const MAX_DEPTH = 500;

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER_OR_WORD = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const IDENTIFIER_KEY = /[A-Za-z_$][\w$]*(?=\s*:)/y;
/** A quoted key prettier might print bare (`as-needed`): left to prettier rather than decided here. */
const UNQUOTABLE = /^[A-Za-z_$][\w$]*$|[^\u0020-\u007e]/;

class Scanner {
  constructor(
    private readonly text: string,
    private readonly dialect: DataStyle['dialect'],
    private at: number,
  ) {}

  get offset(): number {
    return this.at;
  }

  atEnd(): boolean {
    this.space();
    return this.at === this.text.length;
  }

  value(depth: number): Node | undefined {
    if (depth > MAX_DEPTH) return undefined;
    this.space();
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    const hit = this.match(NUMBER_OR_WORD);
    if (hit === undefined) return undefined;
    return { kind: 'literal', raw: hit, type: /^[tfn]/.test(hit) ? 'word' : 'number' };
  }

  private string(): Node | undefined {
    const hit = this.match(STRING);
    return hit === undefined ? undefined : { kind: 'literal', raw: hit, type: 'string' };
  }

  private key(): string | undefined {
    this.space();
    if (this.dialect === 'ts' && this.text[this.at] !== '"') return this.match(IDENTIFIER_KEY);
    const key = this.match(STRING);
    if (key === undefined || (this.dialect === 'ts' && UNQUOTABLE.test(JSON.parse(key) as string))) return undefined;
    return key;
  }

  private object(depth: number): Node | undefined {
    const open = ++this.at;
    const entries: Array<[string, Node]> = [];
    this.space();
    const expanded = this.text.slice(open, this.at).includes('\n');
    if (this.text[this.at] === '}') return (this.at++, { kind: 'object', entries, expanded: false });
    for (;;) {
      const key = this.key();
      if (key === undefined || !this.take(':')) return undefined;
      const value = this.value(depth + 1);
      if (value === undefined) return undefined;
      entries.push([key, value]);
      if (this.take('}')) return { kind: 'object', entries, expanded };
      if (!this.take(',')) return undefined;
      if (this.dialect === 'ts' && this.take('}')) return { kind: 'object', entries, expanded };
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
      if (this.dialect === 'ts' && this.take(']')) return { kind: 'array', items };
    }
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const hit = pattern.exec(this.text);
    if (!hit) return undefined;
    this.at += hit[0].length;
    return hit[0];
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
  private readonly ts: boolean;
  constructor(private readonly style: DataStyle) {
    this.ts = style.dialect === 'ts';
  }

  /** The node printed at `depth`, starting a line. */
  print(n: Node, depth: number): string {
    return this.node(n, depth, depth * this.style.tabWidth, 0);
  }

  /** `at`: the column the node starts at; `after`: the width of what follows it on its line. */
  private node(n: Node, depth: number, at: number, after: number): string {
    if (n.kind === 'literal') return this.literal(n);
    if (n.kind === 'array' ? n.items.length === 0 : n.entries.length === 0) return n.kind === 'array' ? '[]' : '{}';
    if (!this.mustBreak(n)) {
      const flat = this.flat(n);
      if (at + width(flat) + after <= this.style.printWidth) return flat;
    }
    const pad = this.pad(depth + 1);
    const count = n.kind === 'array' ? n.items.length : n.entries.length;
    // The width of the `,` after entry i (none after the last, unless a trailing comma).
    const comma = (i: number) => (i < count - 1 || this.trailing ? 1 : 0);
    const end = this.trailing ? ',' : '';
    if (n.kind === 'object') {
      const lines = n.entries.map(([raw, value], i) => pad + this.property(this.key(raw), value, depth + 1, comma(i)));
      return `{\n${lines.join(',\n')}${end}\n${this.pad(depth)}}`;
    }
    if (isConcise(n.items)) {
      // The trailing comma is part of the last number's width, as prettier measures it.
      const numbers = n.items.map((item, i) => this.literal(item as Literal) + (comma(i) ? ',' : ''));
      return `[\n${pad}${this.fill(numbers, pad.length)}\n${this.pad(depth)}]`;
    }
    const body = n.items.map((item, i) => pad + this.node(item, depth + 1, pad.length, comma(i))).join(',\n');
    return `[\n${body}${end}\n${this.pad(depth)}]`;
  }

  /**
   * `key: value` starting at the entry's indent. In TypeScript prettier lays a property out as an
   * assignment: after a key too long to be "short", the value moves to a line of its own when what
   * must stay on the key's line overflows: all of a value that cannot break (a string, `null`, a
   * negative number, `{}`, `[]`), or the `[` or `{` of one that can. Numbers and booleans never move.
   */
  private property(key: string, value: Node, depth: number, after: number): string {
    const at = depth * this.style.tabWidth + width(key) + 2;
    const hugged = () => `${key}: ${this.node(value, depth, at, after)}`;
    if (!this.ts || width(key) < this.style.tabWidth + 3) return hugged();
    let kept: number; // the width that must fit on the key's line
    if (value.kind === 'literal') {
      if (value.type === 'word' && value.raw !== 'null') return hugged();
      if (value.type === 'number' && !value.raw.startsWith('-')) return hugged();
      kept = width(this.literal(value)) + after;
    } else {
      const empty = (value.kind === 'array' ? value.items : value.entries).length === 0;
      kept = empty ? 2 + after : 1;
    }
    if (at + kept <= this.style.printWidth) return hugged();
    const indent = (depth + 1) * this.style.tabWidth;
    return `${key}:\n${this.pad(depth + 1)}${this.node(value, depth + 1, indent, after)}`;
  }

  private get trailing(): boolean {
    return this.ts && this.style.trailingComma;
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
    if (n.kind === 'literal') return this.literal(n);
    if (n.kind === 'array') return `[${n.items.map((i) => this.flat(i)).join(', ')}]`;
    if (n.entries.length === 0) return '{}';
    const space = this.style.bracketSpacing ? ' ' : '';
    return `{${space}${n.entries.map(([k, v]) => `${this.key(k)}: ${this.flat(v)}`).join(', ')}${space}}`;
  }

  private literal(n: Literal): string {
    if (n.type === 'number') return printNumber(n.raw);
    return n.type === 'string' && this.ts ? printString(n.raw, this.style.singleQuote) : n.raw;
  }

  private key(raw: string): string {
    return raw.startsWith('"') && this.ts ? printString(raw, this.style.singleQuote) : raw;
  }

  /** prettier's `fill` (`contents` with their commas): a number stays on the line when it and the one before it fit. */
  private fill(contents: string[], indent: number): string {
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
const isConcise = (items: Node[]) => items.length > 1 && items.every((i) => i.kind === 'literal' && i.type === 'number');

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

/**
 * A JavaScript string in prettier's quotes: the preferred one unless the text holds more of it than
 * of the other; quotes escaped only where they must be, every other escape kept as written.
 */
function printString(raw: string, singleQuote: boolean): string {
  const content = raw.slice(1, -1);
  const [preferred, alternate] = singleQuote ? ["'", '"'] : ['"', "'"];
  let preferredCount = 0;
  let alternateCount = 0;
  for (const ch of content) {
    if (ch === preferred) preferredCount++;
    else if (ch === alternate) alternateCount++;
  }
  const quote = preferredCount > alternateCount ? alternate : preferred;
  if (raw[0] === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(/\\(["'\\])|(["'])/g, (match, escaped: string | undefined, bare: string | undefined) =>
    escaped ? (escaped === other ? other : match) : bare === quote ? `\\${bare}` : bare!,
  );
  return quote + body + quote;
}

const width = (text: string) => prettier.util.getStringWidth(text);
