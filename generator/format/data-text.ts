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
 * The top-level object literal at `start` of TypeScript source, scanned: its end offset, and the
 * text of its entries as prettier prints them, one per line one level in (with the literal's `{`
 * and `}` on lines of their own). Undefined when it is not plain data, or prettier would keep it on one line.
 */
export function printObjectEntries(source: string, start: number, style: DataStyle): { end: number; entries: string } | undefined {
  const scanner = new Scanner(source, 'ts', start);
  const node = scanner.value(0);
  if (node?.kind !== 'object' || !node.expanded || node.entries.length === 0) return undefined;
  const printed = new Printer(style).print(node, 0);
  // `{\n<entries>\n<pad>}`: the entries alone.
  return { end: scanner.offset, entries: printed.slice(2, printed.lastIndexOf('\n')) };
}

type Literal = { kind: 'literal'; raw: string; type: 'string' | 'number' | 'word' };
type Node =
  | Literal
  | { kind: 'array'; items: Node[]; breaks?: boolean }
  | { kind: 'object'; entries: Array<[string, Node]>; expanded: boolean; breaks?: boolean };

/** Deeper than this is left to prettier: the printer recurses, and no emitted file nests so deep. */
const MAX_DEPTH = 500;

const HEX4 = /^[0-9a-fA-F]{4}$/;
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
    const hit = this.quoted();
    return hit === undefined ? undefined : { kind: 'literal', raw: hit, type: 'string' };
  }

  /** A JSON string at the scan, as written; undefined when it is not one (a control character, a bad escape). */
  private quoted(): string | undefined {
    const text = this.text;
    const start = this.at;
    if (text.charCodeAt(start) !== 34) return undefined;
    let i = start + 1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (!(c >= 32)) return undefined; // a control character, or the end of the text (NaN)
      if (c === 92) {
        const escape = text[i + 1];
        if (escape === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) return undefined;
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else return undefined;
        continue;
      }
      i++;
    }
    this.at = i + 1;
    return text.slice(start, i + 1);
  }

  private key(): string | undefined {
    this.space();
    if (this.dialect === 'ts' && this.text[this.at] !== '"') return this.match(IDENTIFIER_KEY);
    const key = this.quoted();
    if (key === undefined || (this.dialect === 'ts' && UNQUOTABLE.test(JSON.parse(key) as string))) return undefined;
    return key;
  }

  private object(depth: number): Node | undefined {
    this.at++;
    const entries: Array<[string, Node]> = [];
    const expanded = this.space();
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

  /** Skips whitespace; whether it held a line break. */
  private space(): boolean {
    let newline = false;
    for (; this.at < this.text.length; this.at++) {
      const c = this.text.charCodeAt(this.at);
      if (c === 10) newline = true;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
    return newline;
  }
}

// Hot code: loops rather than callbacks, since a closure made per node costs more than its work.
class Printer {
  private readonly ts: boolean;
  private readonly trailing: boolean;
  private readonly pads: string[] = [''];
  constructor(private readonly style: DataStyle) {
    this.ts = style.dialect === 'ts';
    this.trailing = this.ts && style.trailingComma;
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
    // After each entry a `,` (after the last, only as a trailing comma): its width counts.
    const last = this.trailing ? 1 : 0;
    let out = n.kind === 'object' ? '{\n' : '[\n';
    if (n.kind === 'object') {
      for (let i = 0; i < count; i++) {
        const [raw, value] = n.entries[i]!;
        out += pad + this.property(this.key(raw), value, depth + 1, i < count - 1 ? 1 : last) + (i < count - 1 ? ',\n' : '');
      }
    } else if (isConcise(n.items)) {
      // The trailing comma is part of the last number's width, as prettier measures it.
      const numbers: string[] = [];
      for (let i = 0; i < count; i++) numbers.push(this.literal(n.items[i] as Literal) + (i < count - 1 || last ? ',' : ''));
      return `${out}${pad}${this.fill(numbers, pad.length)}\n${this.pad(depth)}]`;
    } else {
      for (let i = 0; i < count; i++)
        out += pad + this.node(n.items[i]!, depth + 1, pad.length, i < count - 1 ? 1 : last) + (i < count - 1 ? ',\n' : '');
    }
    return `${out}${last ? ',' : ''}\n${this.pad(depth)}${n.kind === 'object' ? '}' : ']'}`;
  }

  /**
   * `key: value` starting at the entry's indent. In TypeScript prettier lays a property out as an
   * assignment: after a key too long to be "short", the value moves to a line of its own when what
   * must stay on the key's line overflows: all of a value that cannot break (a string, `null`, a
   * negative number, `{}`, `[]`), or the `[` or `{` of one that can. Numbers and booleans never move.
   */
  private property(key: string, value: Node, depth: number, after: number): string {
    const at = depth * this.style.tabWidth + width(key) + 2;
    if (this.ts && width(key) >= this.style.tabWidth + 3 && !this.fitsAfterKey(value, at, after)) {
      const indent = (depth + 1) * this.style.tabWidth;
      return `${key}:\n${this.pad(depth + 1)}${this.node(value, depth + 1, indent, after)}`;
    }
    return `${key}: ${this.node(value, depth, at, after)}`;
  }

  /** Whether what must stay on a long key's line fits there (Printer.property). */
  private fitsAfterKey(value: Node, at: number, after: number): boolean {
    let kept: number;
    if (value.kind === 'literal') {
      if (value.type === 'word' && value.raw !== 'null') return true;
      if (value.type === 'number' && !value.raw.startsWith('-')) return true;
      kept = width(this.literal(value)) + after;
    } else {
      const empty = (value.kind === 'array' ? value.items : value.entries).length === 0;
      kept = empty ? 2 + after : 1;
    }
    return at + kept <= this.style.printWidth;
  }

  /** Whether prettier breaks this node whatever the width: its own rule, or something inside that breaks. */
  private mustBreak(n: Node): boolean {
    if (n.kind === 'literal') return false;
    if (n.breaks === undefined) {
      let breaks = n.kind === 'object' ? n.expanded : byArrayRule(n.items);
      if (n.kind === 'object') for (let i = 0; !breaks && i < n.entries.length; i++) breaks = this.mustBreak(n.entries[i]![1]);
      else for (let i = 0; !breaks && i < n.items.length; i++) breaks = this.mustBreak(n.items[i]!);
      n.breaks = breaks;
    }
    return n.breaks;
  }

  private flat(n: Node): string {
    if (n.kind === 'literal') return this.literal(n);
    if (n.kind === 'array') {
      let out = '[';
      for (let i = 0; i < n.items.length; i++) out += (i ? ', ' : '') + this.flat(n.items[i]!);
      return out + ']';
    }
    if (n.entries.length === 0) return '{}';
    const space = this.style.bracketSpacing ? ' ' : '';
    let out = '{' + space;
    for (let i = 0; i < n.entries.length; i++) {
      const [k, v] = n.entries[i]!;
      out += (i ? ', ' : '') + this.key(k) + ': ' + this.flat(v);
    }
    return out + space + '}';
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
    return (this.pads[depth] ??= ' '.repeat(depth * this.style.tabWidth));
  }
}

/** prettier's own rule: two or more elements, all arrays or all objects, each of more than one entry. */
function byArrayRule(items: Node[]): boolean {
  if (items.length < 2) return false;
  const kind = items[0]!.kind;
  for (const i of items)
    if (i.kind !== kind || !(i.kind === 'array' ? i.items.length > 1 : i.kind === 'object' && i.entries.length > 1))
      return false;
  return true;
}

/** Two or more numbers: prettier fills the lines with them instead of one per line. */
function isConcise(items: Node[]): boolean {
  if (items.length < 2) return false;
  for (const i of items) if (i.kind !== 'literal' || i.type !== 'number') return false;
  return true;
}

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
  return quote + content.replace(QUOTES, quote === "'" ? inSingleQuotes : inDoubleQuotes) + quote;
}

const QUOTES = /\\(["'\\])|(["'])/g;
/** Within the quote given: its own kind escaped, the other kind bare, any other escape kept. */
const requoted =
  (quote: string, other: string) =>
  (match: string, escaped: string | undefined, bare: string | undefined): string =>
    escaped ? (escaped === other ? other : match) : bare === quote ? `\\${bare}` : bare!;
const inSingleQuotes = requoted("'", '"');
const inDoubleQuotes = requoted('"', "'");

const width = (text: string) => prettier.util.getStringWidth(text);
