// The infer stage over the whole model: one shape for each request body, and one per response
// status, from every example that has one.
import type { ApiModel, EndpointModel, ExampleBody } from '../model/types.js';
import { inferShape, mergeShapes } from './infer.js';
import { partialShape } from './partial-body.js';
import { markExactNumbers } from './sample.js';
import type { Shape } from './shape.js';

export interface EndpointShapes {
  /** null: the endpoint sends no body (or one of a mode typed by its fields: forms, files, GraphQL). */
  body: Shape | null;
  /** A GraphQL body's `variables`, from the request's and the examples' that parsed; null: none saved (or not GraphQL). */
  graphqlVariables: Shape | null;
  /** One entry per status seen in the examples, in numeric order (`200 | 202 | 400 | 401`), whatever order the examples are saved in. */
  responses: Array<{ status: number; shape: Shape }>;
}

const TEXT: Shape = { kind: 'string', values: [], formats: [], open: true };
const NULL: Shape = { kind: 'null' };

export interface InferOptions {
  /** Methods whose JSON request bodies are partial: every member optional (config `partialBodies`). */
  partialBodies: readonly string[];
}

/** Inference on its own makes nothing partial; the pipeline passes the collection's config (default in generator/config.ts `DEFAULT_PARTIAL_BODIES`). */
export const NO_PARTIAL_BODIES: InferOptions = { partialBodies: [] };

export function inferEndpoints(api: ApiModel, options: InferOptions = NO_PARTIAL_BODIES): EndpointShapes[] {
  return api.endpoints.map((endpoint) => inferEndpoint(endpoint, options));
}

export function inferEndpoint(endpoint: EndpointModel, options: InferOptions = NO_PARTIAL_BODIES): EndpointShapes {
  const inferred =
    endpoint.body.kind === 'json' ? inferShape(endpoint.body.samples.map((s) => markExactNumbers(s.value, s.raw))) : endpoint.body.kind === 'text' ? TEXT : null;
  const body = inferred !== null && endpoint.body.kind === 'json' && options.partialBodies.includes(endpoint.method) ? partialShape(inferred) : inferred;
  const byStatus = new Map<number, ExampleBody[]>();
  for (const example of endpoint.examples) {
    const bodies = byStatus.get(example.status);
    if (bodies) bodies.push(example.body);
    else byStatus.set(example.status, [example.body]);
  }
  // Statuses are integers: subtraction is a numeric, locale-independent order.
  const responses = [...byStatus].sort(([a], [b]) => a - b).map(([status, bodies]) => ({ status, shape: responseShape(bodies) }));
  const variables = endpoint.body.kind === 'graphql' ? endpoint.body.variables : [];
  return { body, graphqlVariables: variables.length ? inferShape(variables.map((s) => s.value)) : null, responses };
}

/** JSON bodies are inferred together; a text body adds `string` and an empty one `null`. */
function responseShape(bodies: readonly ExampleBody[]): Shape {
  const json = bodies.flatMap((b) => (b.kind === 'json' ? [markExactNumbers(b.value, b.raw)] : []));
  let shape: Shape | null = json.length ? inferShape(json) : null;
  const add = (extra: Shape) => (shape = shape ? mergeShapes(shape, extra) : extra);
  if (bodies.some((b) => b.kind === 'text')) add(TEXT);
  if (bodies.some((b) => b.kind === 'empty')) add(NULL);
  return shape ?? NULL;
}
