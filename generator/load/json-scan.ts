// One iterative pass over JSON text: the pointers of keys written twice in one object (JSON.parse
// silently keeps the last), and where the text stops being JSON (JSON.parse does not always say).
// Iterative on purpose: nesting depth is bounded by memory, never by the call stack.
import { pointerOf } from '../diagnostics.js';

export interface JsonScan {
  /** JSON pointers of every repeated key, in text order. */
  duplicates: string[];
  /** Offset of the first character that is not valid JSON, or null. */
  error: number | null;
}

interface Frame {
  kind: 'object' | 'array';
  /** The current key or index: the last token of the pointer of what is being read. */
  at: string | number;
  keys: Set<string> | null;
}

const enum Expect {
  Value,
  /** After `[`: a value or `]`. */
  ValueOrClose,
  /** After `{`: a key or `}`. */
  KeyOrClose,
  Key,
  Colon,
  /** After a value: `,`, the closing bracket, or the end. */
  Next,
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function scanJson(text: string): JsonScan {
  const duplicates: string[] = [];
  const stack: Frame[] = [];
  let expect: Expect = Expect.Value;
  let i = 0;
  const fail = (at: number): JsonScan => ({ duplicates, error: at });
  while (true) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return expect === Expect.Next && stack.length === 0 ? { duplicates, error: null } : fail(text.length);
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    switch (expect) {
      case Expect.Value:
      case Expect.ValueOrClose: {
        if (c === 0x5d /* ] */ && expect === Expect.ValueOrClose) {
          stack.pop();
          i++;
          expect = Expect.Next;
          break;
        }
        if (c === 0x7b /* { */) {
          stack.push({ kind: 'object', at: '', keys: new Set() });
          expect = Expect.KeyOrClose;
          i++;
        } else if (c === 0x5b /* [ */) {
          stack.push({ kind: 'array', at: 0, keys: null });
          expect = Expect.ValueOrClose;
          i++;
        } else if (c === 0x22 /* " */) {
          const end = stringEnd(text, i);
          if (end < 0) return fail(-end);
          i = end;
          expect = Expect.Next;
        } else {
          const end = literalEnd(text, i);
          if (end < 0) return fail(i);
          i = end;
          expect = Expect.Next;
        }
        break;
      }
      case Expect.KeyOrClose:
      case Expect.Key: {
        if (c === 0x7d /* } */ && expect === Expect.KeyOrClose) {
          stack.pop();
          i++;
          expect = Expect.Next;
          break;
        }
        if (c !== 0x22) return fail(i);
        const end = stringEnd(text, i);
        if (end < 0) return fail(-end);
        const slice = text.slice(i + 1, end - 1);
        const key = slice.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : slice;
        top!.at = key;
        if (top!.keys!.has(key)) duplicates.push(pointerOf(...stack.map((f) => f.at)));
        else top!.keys!.add(key);
        i = end;
        expect = Expect.Colon;
        break;
      }
      case Expect.Colon:
        if (c !== 0x3a /* : */) return fail(i);
        i++;
        expect = Expect.Value;
        break;
      case Expect.Next: {
        if (!top) return fail(i);
        if (c === 0x2c /* , */) {
          i++;
          if (top.kind === 'array') {
            top.at = (top.at as number) + 1;
            expect = Expect.Value;
          } else {
            expect = Expect.Key;
          }
        } else if ((c === 0x5d && top.kind === 'array') || (c === 0x7d && top.kind === 'object')) {
          stack.pop();
          i++;
        } else {
          return fail(i);
        }
        break;
      }
    }
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The offset just past the closing quote of the string opening at `start`; minus the offending offset when invalid. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i;
    if (c === 0x5c /* \ */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x75 /* u */) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i;
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(text[i + 1] ?? 'x')) return -i;
      i += 2;
      continue;
    }
    i++;
  }
  return -text.length;
}

/** The end of a number, `true`, `false` or `null` at `start`, or -1. */
function literalEnd(text: string, start: number): number {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, start)) return start + word.length;
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  return match && match[0] !== '' ? start + match[0].length : -1;
}
