// `scripts: [{ type: http:beforeRequest | http:afterResponse, code, language }]` -> v2.1's events
// (`prerequest`, `test`) with the code as lines. postforge never runs them; it says they exist (PF105).
import type { JsonObject } from '../parts.js';
import { flagOf, isMap, wrongShape, type FileContext } from './context.js';
import type { Yaml } from './yaml-file.js';

const LISTEN: Record<string, string> = { beforeRequest: 'prerequest', afterResponse: 'test' };

export function events(ctx: FileContext, value: Yaml | undefined, pointer: string, v2: string): JsonObject[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    wrongShape(ctx, pointer, 'the scripts are not a list; they are left out');
    return undefined;
  }
  const out: JsonObject[] = [];
  value.forEach((script, i) => {
    if (!isMap(script)) return wrongShape(ctx, `${pointer}/${i}`, 'a script is not a map of type and code; it is left out');
    const type = typeof script['type'] === 'string' ? script['type'].replace(/^[a-z-]+:/, '') : '';
    const code = typeof script['code'] === 'string' ? script['code'] : '';
    const event: JsonObject = { listen: LISTEN[type] ?? 'prerequest', script: { type: typeof script['language'] === 'string' ? script['language'] : 'text/javascript', exec: code.split('\n') } };
    const disabled = flagOf(script['disabled']);
    if (disabled !== undefined) event['disabled'] = disabled;
    ctx.place(`${v2}/${out.length}`, `${pointer}/${i}`);
    out.push(event);
  });
  return out;
}
