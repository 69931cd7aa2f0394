// Display text -> words: shared by normalize (secret-looking names) and plan (identifiers), so both
// read a name the same way. Pure string functions, no stage.

/**
 * Splits display text into words: letters, digits and combining marks make words; anything else
 * (punctuation, symbols, emoji, superscripts like `²`, invisible format characters) separates them,
 * as do lower-to-upper case changes. NFC first, so composed and decomposed spellings are one word.
 */
export function splitWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{Nd}\p{Nl}\p{M}]+/u)
    .filter((w) => w !== '');
}
