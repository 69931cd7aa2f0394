// The only ways untrusted collection text enters generated code: as a JSON literal, as a
// quoted-if-needed property key, or as a sanitised comment.
import { isIdentifier } from '../plan/words.js';

export const literal = (value: unknown): string => JSON.stringify(value);

export const propertyKey = (name: string): string => (isIdentifier(name) ? name : JSON.stringify(name));

/** Comment text: no `*\/` that would end the comment early, no stray carriage returns. */
export function docText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\*\//g, '*\\/').trim();
}

/** JSDoc for an endpoint: its description, then the method, path and where it is in the collection. */
export function endpointDoc(description: string | null, method: string, path: string, itemPath: readonly string[]): string {
  const lines = [description ? docText(description) : null, `\`${method} ${docText(path)}\``, `Postman: ${docText(itemPath.join(' / '))}`];
  return lines.filter((l) => l !== null).join('\n\n');
}
