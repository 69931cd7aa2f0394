// JSDoc text may come from untrusted input: `*/` would end the comment early, so it is escaped.

/** A JSDoc comment for `text`, its lines after the first prefixed with `pad` (the caller indents the first). */
export function renderDocComment(text: string, pad: string): string {
  const lines = text.replaceAll('*/', '*\\/').split(/\r\n|\r|\n/);
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'].join(`\n${pad}`);
}
