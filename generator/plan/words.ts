// Words -> identifiers. Pure string functions; the decisions about which name goes where are in naming.ts.

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);

/** Splits display text into words: on anything that is not a letter or digit, and at lower-to-upper case changes. */
export function splitWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
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

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Makes any word list a valid identifier: a fallback for empty names, `_` before a leading digit, `_` after a reserved word. */
export function safeIdentifier(name: string, fallback: string): string {
  let id = name === '' ? fallback : name;
  if (/^\p{N}/u.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

/** Valid as an unquoted property name / identifier (ES2015 identifier characters). */
export function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(name);
}
