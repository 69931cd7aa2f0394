// The naive floor, in one fresh process: what any generator must at least do for this collection.
// Parse the JSON, walk every request, write the same kinds of declarations postforge writes (a
// params interface, a type per saved response status from its sample, a function) and a fixture
// per request, by string concatenation: no model, no names lock, no checks, no formatter, no build.
// Prints one JSON line.   node --import tsx bench/floor.ts <collection.json> <outDir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resourceUsage } from 'node:process';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Item = {
  name?: string;
  item?: Item[];
  request?: { method?: string; url?: { raw?: string; query?: Array<{ key: string }> } | string };
  response?: Array<{ code?: number; body?: string }>;
};

const [input, out] = process.argv.slice(2);
const start = performance.now();
const collection = JSON.parse(readFileSync(input!, 'utf8')) as { item?: Item[] };

const typeOf = (v: Json): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? `Array<${v.length ? typeOf(v[0]!) : 'unknown'}>`
      : typeof v === 'object'
        ? `{ ${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}: ${typeOf(x)}`)
            .join('; ')} }`
        : typeof v;
const ident = (name: string, i: number) =>
  `${name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase()).replace(/^[^A-Za-z_]+/, '') || 'endpoint'}${i}`;

const types: string[] = [];
const functions: string[] = [];
mkdirSync(path.join(out!, 'src'), { recursive: true });
mkdirSync(path.join(out!, 'fixtures'), { recursive: true });
let n = 0;
const stack = [...(collection.item ?? [])];
while (stack.length) {
  const item = stack.shift()!;
  if (item.item) {
    stack.unshift(...item.item);
    continue;
  }
  const name = ident(item.name ?? 'request', n++);
  const url = typeof item.request?.url === 'string' ? { raw: item.request.url } : (item.request?.url ?? {});
  types.push(
    `export interface ${name}Params { query?: { ${(url.query ?? []).map((q) => `${JSON.stringify(q.key)}?: string`).join('; ')} } }`,
  );
  for (const r of item.response ?? []) {
    let body: Json = null;
    try {
      body = JSON.parse(r.body ?? 'null') as Json;
    } catch {
      body = r.body ?? null;
    }
    types.push(`export type ${name}Response${r.code ?? 0} = ${typeOf(body)};`);
  }
  functions.push(
    `export function ${name}(params: T.${name}Params): Promise<Response> { return fetch(${JSON.stringify(url.raw ?? '')}, { method: ${JSON.stringify(item.request?.method ?? 'GET')} }); }`,
  );
  writeFileSync(path.join(out!, 'fixtures', `${name}.json`), JSON.stringify(item.response ?? [], null, 2));
}
writeFileSync(path.join(out!, 'src', 'types.ts'), types.join('\n'));
writeFileSync(path.join(out!, 'src', 'endpoints.ts'), `import type * as T from './types.js';\n${functions.join('\n')}`);
console.log(
  JSON.stringify({ totalMs: performance.now() - start, endpoints: n, maxRssMB: resourceUsage().maxRSS / 1024 }),
);
