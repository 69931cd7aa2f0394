// Key/value parts (headers, query parameters, path variables, variables, urlencoded and form fields):
// Postman writes them as a `key: value` map or as a list of `{ key, value, description, disabled }`,
// even within one collection. Both become v2.1's list of pairs.
import type { Json, JsonObject } from '../parts.js';
import { isMap, put, textOf, token, wrongShape, flagOf, type FileContext } from './context.js';
import type { Yaml } from './yaml-file.js';

/** Keys a list entry may carry besides key and value, copied when they are text. */
const TEXT_FIELDS = ['type', 'contentType', 'description'] as const;

/**
 * The pairs at `pointer` of the YAML (`/headers`), each recorded under `v2` (`…/request/header`).
 * `valueKey`: the value's name in v2.1 (`value`). undefined when the part is absent.
 */
export function pairs(ctx: FileContext, value: Yaml | undefined, pointer: string, v2: string, what: string): JsonObject[] | undefined {
  if (value === undefined || value === null) return undefined;
  const out: JsonObject[] = [];
  if (isMap(value)) {
    for (const [key, entry] of Object.entries(value)) {
      const text = textOf(entry);
      if (text === undefined) {
        wrongShape(ctx, pointer + token(key), `${what} "${key}" is not text; it is left out`);
        continue;
      }
      ctx.place(`${v2}/${out.length}`, pointer + token(key), false);
      out.push({ key, value: text });
    }
    return out;
  }
  if (!Array.isArray(value)) {
    wrongShape(ctx, pointer, `${what} is neither a map of names to values nor a list of { key, value }; it is left out`);
    return undefined;
  }
  value.forEach((entry, i) => {
    const at = `${pointer}/${i}`;
    if (!isMap(entry) || typeof entry['key'] !== 'string') {
      wrongShape(ctx, at, `an entry of ${what} has no text \`key\`; it is left out`);
      return;
    }
    const pair: JsonObject = { key: entry['key'] };
    const text = textOf(entry['value']);
    if (text !== undefined) pair['value'] = text;
    else if (entry['value'] !== undefined) wrongShape(ctx, `${at}/value`, `the value of "${entry['key']}" in ${what} is not text; it is read as empty`);
    put(pair, 'disabled', flagOf(entry['disabled']));
    for (const field of TEXT_FIELDS) if (typeof entry[field] === 'string') pair[field] = entry[field];
    const src = entry['src'];
    if (typeof src === 'string' || src === null) pair['src'] = src;
    else if (Array.isArray(src)) pair['src'] = src.filter((s): s is string => typeof s === 'string');
    ctx.place(`${v2}/${out.length}`, at);
    out.push(pair);
  });
  return out;
}

/** Collection and folder `variables`: a map or a list, as v2.1's `variable` list. */
export function variables(ctx: FileContext, value: Yaml | undefined, pointer: string, v2: string): JsonObject[] | undefined {
  const list = pairs(ctx, value, pointer, v2, 'the variables');
  return list?.map(({ key, value, disabled, description, type }) => {
    const variable: JsonObject = { key: key as Json };
    put(variable, 'value', value);
    put(variable, 'type', type);
    put(variable, 'disabled', disabled);
    put(variable, 'description', description);
    return variable;
  });
}
