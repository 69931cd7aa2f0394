// The one module that turns text from the collection into code text: string and JSON literals,
// property keys, identifiers, property access chains, and comments. Every emitter calls it; none
// pastes collection text into code any other way. Whatever the text holds (quotes, backticks, `${`,
// `*\/`, line breaks of any kind, NUL, bidi overrides, `</script>`), the output is valid TypeScript
// that means exactly that text, and reads as it is (no invisible character reorders what a reviewer sees).
import { isIdentifier, isReservedWord } from '../plan/words.js';
import { wellFormed } from '../../templates/runtime/url.js';

/**
 * Characters that are legal but treacherous in source text: C1 controls and DEL, line and paragraph
 * separators (line terminators in older engines and in comments), bidi embeddings, overrides and
 * isolates (Trojan Source), zero-width and other invisible format characters, and the BOM.
 */
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;

const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

const hex = (ch: string) => ch.codePointAt(0)!.toString(16).padStart(4, '0');

/**
 * A value as a TypeScript literal: JSON (so quotes, backslashes, controls, NUL and lone surrogates
 * are escaped), with the invisible characters above as `\uXXXX` escapes and `<` before `/` or `!`
 * escaped so no `</script>` or `<!--` appears in the file. Both only occur inside strings in JSON.
 * A backslash is written `\u005c`: ts-morph's code writer takes the quote in `\\"` for an escaped
 * one, loses track of where the string ends and then re-indents or comments what follows.
 */
export function literal(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\\\\/g, '\\u005c')
    .replace(INVISIBLE, (ch) => `\\u${hex(ch)}`)
    .replace(/<(?=[/!])/g, '\\u003c');
}

/**
 * A property name in an object literal or type: bare when TypeScript reads it as an identifier,
 * else a string literal. `__proto__` is computed, since as a plain key it would set the prototype.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return `[${literal(name)}]`;
  return isIdentifier(name) && !HAS_INVISIBLE.test(name) ? name : literal(name);
}

/** The members every object inherits, as TypeScript's `Object` interface declares them. */
const OBJECT_MEMBERS = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/**
 * A member of an object type: `key: type`, or `key?: type` when optional. An optional member named
 * like one of Object's (`constructor?: string`) would make the type reject every object without it,
 * since TypeScript compares the inherited member instead; such a member also admits the inherited
 * type, which is what reading it from an object without the key gives.
 */
export function member(name: string, optional: boolean, type: string): string {
  if (!optional) return `${propertyKey(name)}: ${type}`;
  return `${propertyKey(name)}?: ${OBJECT_MEMBERS.has(name) ? `${type} | Object[${literal(name)}]` : type}`;
}

/** A name the plan made for a declaration; anything else is a postforge bug, so it stops the run here. */
export function identifier(name: string): string {
  if (!isIdentifier(name) || isReservedWord(name)) throw new Error(`internal: ${JSON.stringify(name)} is not a declarable identifier`);
  return name;
}

/** `client.v2.recordsApi["update records"]`: a property path, quoted where a key is not an identifier. */
export function accessChain(root: string, keys: readonly string[]): string {
  return identifier(root) + keys.map((k) => (isIdentifier(k) && !HAS_INVISIBLE.test(k) ? `.${k}` : `[${literal(k)}]`)).join('');
}

/**
 * Comment text: every line break (CR, LF, NEL, U+2028/9) becomes `\n`, other controls and the
 * invisible characters are shown as `\uXXXX`, `*\/` cannot end the comment early, and `</script`
 * and `<!--` get a backslash. For `docs` of ts-morph structures, which add the `/** … *\/` and the
 * ` * ` of each line.
 */
export function docText(text: string): string {
  return text
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, (ch) => `\\u${hex(ch)}`)
    .replace(INVISIBLE, (ch) => `\\u${hex(ch)}`)
    .replace(/\*\//g, '*\\/')
    // Harmless in TypeScript, but a file shown in or pasted into HTML must not end a script there.
    .replace(/<(?=\/script|!--)/gi, '<\\')
    .trim();
}

/** Comment text on one line (a group's title, a field's description): line breaks become spaces. */
export function docLine(text: string): string {
  return docText(text).replace(/\n+/g, ' ');
}

/**
 * A whole JSDoc comment: `/** text *\/` on one line, or one ` * ` line each, lines after the first
 * prefixed with `pad` (the caller has indented the first).
 */
export function docComment(text: string, pad = ''): string {
  const lines = docText(text).split('\n');
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return ['/**', ...lines.map((line) => ` * ${line}`.trimEnd()), ' */'].join(`\n${pad}`);
}

/**
 * JSDoc for an endpoint: its description, then the method, path and where it is in the collection,
 * then its `@example` (code text made by call-example.ts, escaped here like the rest).
 */
export function endpointDoc(description: string | null, method: string, path: string, itemPath: readonly string[], example: string | null = null): string {
  const lines = [description ? docText(description) : null, `\`${docText(method)} ${docText(path)}\``, `Postman: ${docText(itemPath.join(' / '))}`, example === null ? null : docText(example)];
  return lines.filter((l) => l !== null).join('\n\n');
}

/**
 * A string literal for code shown inside a comment (an `@example`): `literal`, with `*\/` written
 * `*\/` (the same string in TypeScript), so a value cannot end the comment.
 */
export function commentLiteral(value: unknown): string {
  return literal(value).replace(/\*\//g, '*\\/');
}

/** Controls, and the invisible characters above: a shell word holding one is written `$'…'` with escapes. */
const SHELL_ESCAPED = new RegExp(`[\\u0000-\\u001f]|${INVISIBLE.source}`, 'u');

/**
 * One shell word that is exactly `text` to sh, bash and zsh: single-quoted (nothing expands inside:
 * `$()`, backticks, `!`, `\`), or `$'…'` with escapes when it holds line breaks, controls or
 * invisible characters, so the word stays on one line and reads as it is. Where a comment or a page
 * would trip on `*\/`, `</` or `<!`, an empty `''` (or an escape) splits them, meaning the same.
 */
export function shellWord(raw: string): string {
  // A lone surrogate cannot be written as UTF-8: it is U+FFFD on the wire too.
  const text = wellFormed(raw);
  if (!SHELL_ESCAPED.test(text)) return `'${text.replace(/'/g, `'\\''`).replace(/\*\/|<[/!]/g, (m) => `${m[0]}''${m[1]}`)}'`;
  const escaped = [...text]
    .map((ch) => {
      if (ch === '\\' || ch === "'") return `\\${ch}`;
      if (ch === '\n') return '\\n';
      if (ch === '\t') return '\\t';
      if (ch === '\r') return '\\r';
      const code = ch.codePointAt(0)!;
      if (code < 0x20) return `\\x${code.toString(16).padStart(2, '0')}`;
      return new RegExp(INVISIBLE.source, 'u').test(ch) ? `\\u${hex(ch)}` : ch;
    })
    .join('')
    .replace(/(?<=[*<])[/!]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16)}`);
  return `$'${escaped}'`;
}

/** A markdown code fence for `content`: longer than any run of backticks in it, at least three. */
export function fenceFor(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}
