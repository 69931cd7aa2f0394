// Text as every URL encoder and strict JSON reader takes it: a lone surrogate (half of a UTF-16
// pair, legal in a JS string and in collection JSON) becomes U+FFFD, as URLSearchParams and
// TextEncoder write it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

export function isWellFormed(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(text);
}
