// What infer hands emit for one endpoint: the body's shape, a GraphQL body's variables, and one
// shape per response status. Emit only writes these; it never infers.
import { describe, expect, it } from 'vitest';
import { inferEndpoint } from '../../generator/infer/endpoint-shapes.js';
import type { JsonSample, JsonValue, RequestBody } from '../../generator/model/types.js';
import { endpoint } from '../helpers/model.js';

const SOURCE = { file: 'c.json', itemPath: [], pointer: '' };
const sample = (value: JsonValue): JsonSample => ({ kind: 'json-sample', value, source: SOURCE });
const graphql = (...variables: JsonValue[]): RequestBody => ({ kind: 'graphql', query: 'query { x }', variables: variables.map(sample), source: SOURCE });

describe('inferEndpoint: GraphQL variables', () => {
  it('are inferred from every saved sample together: a key missing from one is optional', () => {
    const shapes = inferEndpoint(endpoint(['Q'], { body: graphql({ id: 1, name: 'a' }, { id: 2 }) }));
    expect(shapes.graphqlVariables).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'id', optional: false, shape: { kind: 'number' } },
        { name: 'name', optional: true, shape: { kind: 'string' } },
      ],
    });
    // A GraphQL body is typed by its own rule (query + variables), not as a raw body.
    expect(shapes.body).toBeNull();
  });

  it.each<[string, RequestBody]>([
    ['a GraphQL body without saved variables', graphql()],
    ['a JSON body', { kind: 'json', contentType: 'application/json', samples: [sample({ a: 1 })] }],
    ['no body', { kind: 'none' }],
  ])('%s: no variables shape', (_, body) => {
    expect(inferEndpoint(endpoint(['Q'], { body })).graphqlVariables).toBeNull();
  });
});
