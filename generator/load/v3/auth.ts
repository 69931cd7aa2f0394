// `auth`: one object `{ type, credentials }`, or a list of them (multi-auth, each with `id` and
// `name`) of which Postman applies the first; credentials may be missing. -> v2.1's
// `{ type, [type]: [{ key, value, type }] }`.
import type { Json, JsonObject } from '../parts.js';
import { isMap, token, wrongShape, type FileContext } from './context.js';
import type { Yaml } from './yaml-file.js';

export function auth(ctx: FileContext, value: Yaml | undefined, pointer: string, v2: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  let at = pointer;
  let chosen: Yaml = value;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    chosen = value[0]!;
    at = `${pointer}/0`;
  }
  if (!isMap(chosen) || typeof chosen['type'] !== 'string' || chosen['type'] === '') {
    wrongShape(ctx, at, 'the auth has no text `type`; it is left out (auth is inherited as if there were none)');
    return undefined;
  }
  const type = chosen['type'];
  ctx.place(v2, at);
  if (type === 'noauth') return { type };
  const credentials = chosen['credentials'];
  const list: JsonObject[] = [];
  if (isMap(credentials)) {
    for (const [key, raw] of Object.entries(credentials)) {
      ctx.place(`${v2}${token(type)}/${list.length}`, `${at}/credentials${token(key)}`);
      list.push({ key, value: raw as Json, type: typeof raw === 'boolean' ? 'boolean' : typeof raw === 'string' || raw === null ? 'string' : 'any' });
    }
  } else if (credentials !== undefined && credentials !== null) {
    wrongShape(ctx, `${at}/credentials`, 'the auth credentials are not a map of names to values; the auth is read without them');
  }
  return { type, [type]: list };
}
