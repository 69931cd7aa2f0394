// Property names come from untrusted JSON: anything but a plain identifier is written as a string literal.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `id`, `$approval_state` and `default` as they are; `"Content-Type"`, `"1abc"` and `""` quoted. */
export function renderPropertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}
