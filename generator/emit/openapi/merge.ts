// OpenAPI has one operation per method and path template, and `/a/{id}` is the same template as
// `/a/{key}`; Postman collections often hold several requests for one (a request per module, per
// filter). Those requests become one operation: the first one's names, every one's examples, and
// shapes inferred from all of their samples together, so every saved example is still declared.
import type { EndpointModel, HeaderParam, QueryParam } from '../../model/types.js';
import type { EndpointPlan } from '../../plan/plan.js';

export interface OperationGroup {
  /** The first request: its names, path parameters and description are the operation's. */
  first: EndpointPlan;
  /** All of them merged into one endpoint, for inference and parameters. */
  endpoint: EndpointModel;
  others: EndpointPlan[];
}

/** Method and the template with its parameter names left out: what OpenAPI tells apart. */
export function operationKey(endpoint: EndpointModel): string {
  // Not the origin: a path item has one operation per method whatever its servers.
  const template = endpoint.path.map((s) => (s.kind === 'literal' ? s.value : `${s.prefix}{}${s.suffix}`)).join('/');
  return `${endpoint.method} /${template}`;
}

export function groupOperations(endpoints: readonly EndpointPlan[]): OperationGroup[] {
  const groups = new Map<string, EndpointPlan[]>();
  for (const entry of endpoints) {
    const key = operationKey(entry.endpoint);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].map(([first, ...others]) => ({ first: first!, others, endpoint: others.length ? merged(first!.endpoint, others.map((o) => o.endpoint)) : first!.endpoint }));
}

function merged(first: EndpointModel, others: readonly EndpointModel[]): EndpointModel {
  const all = [first, ...others];
  const body = all.every((e) => e.body.kind === 'json')
    ? { ...first.body, samples: all.flatMap((e) => (e.body.kind === 'json' ? e.body.samples : [])) }
    : first.body;
  return {
    ...first,
    query: union(all.map((e) => e.query), (name) => name, (q: QueryParam, n) => ({ ...q, required: q.required && n === all.length })),
    headers: union(all.map((e) => e.headers), (name) => name.toLowerCase(), (h: HeaderParam, n) => ({ ...h, required: h.required && n === all.length })),
    body,
    examples: all.flatMap((e) => e.examples),
  };
}

/** By `key` of the name (headers ignore case), first-seen order; `n`: in how many of the lists the name is. */
function union<T extends { name: string }>(lists: ReadonlyArray<readonly T[]>, key: (name: string) => string, finish: (item: T, n: number) => T): T[] {
  const byName = new Map<string, { item: T; n: number }>();
  for (const list of lists) {
    for (const name of new Set(list.map((i) => key(i.name)))) {
      const seen = byName.get(name);
      if (seen) seen.n++;
      else byName.set(name, { item: list.find((i) => key(i.name) === name)!, n: 1 });
    }
  }
  return [...byName.values()].map(({ item, n }) => finish(item, n));
}
