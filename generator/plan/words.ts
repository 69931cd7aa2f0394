// Words -> identifiers. Pure string functions; the decisions about which name goes where are in naming.ts.
// Validity is TypeScript's own: its scanner decides what an identifier is, not a regex of ours.
import { ts } from 'ts-morph';
import { splitWords } from '../words.js';

const TARGET = ts.ScriptTarget.ESNext;

/**
 * Names a declaration must not take: the words TypeScript reserves (its scanner's keyword table, up
 * to the strict-mode future reserved words) and the names strict mode or the globals forbid or that
 * would shadow a global value.
 */
const NOT_BINDABLE = new Set(['await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity']);

/** A word TypeScript reserves (`class`, `let`, `yield`, …) or a name strict code cannot declare. */
export function isReservedWord(name: string): boolean {
  const scanner = ts.createScanner(TARGET, true, ts.LanguageVariant.Standard, name);
  const token = scanner.scan();
  const whole = scanner.getTokenEnd() === name.length;
  return (whole && token >= ts.SyntaxKind.FirstReservedWord && token <= ts.SyntaxKind.LastFutureReservedWord) || NOT_BINDABLE.has(name);
}

/** Valid as an unquoted identifier or property name, by the scanner's own character tables. */
export function isIdentifier(name: string): boolean {
  const chars = [...name].map((ch) => ch.codePointAt(0)!);
  return chars.length > 0 && ts.isIdentifierStart(chars[0]!, TARGET) && chars.every((c) => ts.isIdentifierPart(c, TARGET));
}


export function camelCase(text: string): string {
  const words = splitWords(text);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w.toLowerCase()))).join('');
}

export function pascalCase(text: string): string {
  return splitWords(text)
    .map((w) => capitalize(w.toLowerCase()))
    .join('');
}

export function kebabCase(text: string): string {
  return splitWords(text)
    .map((w) => w.toLowerCase())
    .join('-');
}

export function capitalize(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0x20);
  return word === '' ? '' : first.toUpperCase() + word.slice(first.length);
}

/**
 * Any text -> a valid identifier (as a property name when `reserved` is false): characters the
 * scanner does not take are dropped, an empty result takes `fallback`, a name that cannot start an
 * identifier (a digit, a combining mark) gets `_` before it, and a reserved word `_` after it.
 */
export function safeIdentifier(name: string, fallback: string, reserved = true): string {
  let id = isIdentifier(name) ? name : [...name].filter((ch) => ts.isIdentifierPart(ch.codePointAt(0)!, TARGET)).join('');
  if (id === '') id = fallback;
  if (!ts.isIdentifierStart(id.codePointAt(0)!, TARGET)) id = `_${id}`;
  if (reserved && isReservedWord(id)) id = `${id}_`;
  return id;
}
