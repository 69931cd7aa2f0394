// An endpoint's request body -> the type callers pass as `params.body`, for every body mode.
// Raw bodies use the inferred shape; forms get one property per field; files are Blobs; GraphQL
// bodies take `variables` typed from the samples, and a `query` that defaults to the collection's.
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import type { Shape } from '../infer/shape.js';
import type { EndpointModel, FormField } from '../model/types.js';
import { docComment, docLine, docText, member, propertyKey } from './code-text.js';
import { renderType } from './render-type.js';

export interface BodyParam {
  /** A type expression. */
  type: string;
  /** Whether callers may leave `params.body` out. */
  optional: boolean;
  doc: string;
}

/** `shapes`: what inference gave the endpoint (a json or text body's shape, a GraphQL body's variables). */
export function bodyParam(endpoint: EndpointModel, shapes: EndpointShapes, where: string): BodyParam | null {
  const body = endpoint.body;
  const rawShape = shapes.body;
  switch (body.kind) {
    case 'none':
      return null;
    case 'json':
    case 'text': {
      if (rawShape === null) return null;
      const from =
        body.kind === 'json' ? `${body.samples.length} sample${body.samples.length === 1 ? '' : 's'}` : 'its raw body';
      return {
        type: renderType(rawShape, { usage: 'request' }),
        optional: false,
        doc: `Request body of ${where}, inferred from ${from}.`,
      };
    }
    case 'form':
      return {
        type: fieldsType(body.fields),
        optional: !body.fields.some((f) => f.required),
        doc: `Form fields of ${where}, sent as \`${docText(body.contentType)}\`.`,
      };
    case 'multipart':
      return {
        type: fieldsType(body.fields),
        optional: !body.fields.some((f) => f.required),
        doc: `Multipart form fields of ${where}: files are Blobs (a \`File\` keeps its name).`,
      };
    case 'binary':
      return {
        type: 'Blob',
        optional: false,
        doc: `The file ${where} uploads${body.contentType ? `, sent as \`${docText(body.contentType)}\`` : ''}.`,
      };
    case 'graphql': {
      const variables = variablesType(shapes.graphqlVariables);
      // The collection's query is the default (the spec carries it), so callers usually pass only variables.
      const query = body.query === '' ? 'query: string' : 'query?: string';
      const members = [
        `${docComment("The GraphQL document; defaults to the collection's query.")}\n${query};`,
        `variables${variables.required ? '' : '?'}: ${variables.type};`,
      ];
      return {
        type: `{\n${members.join('\n')}\n}`,
        optional: body.query !== '' && !variables.required,
        doc: `GraphQL request of ${where}; ${body.variables.length ? `variables inferred from ${plural(body.variables.length, 'sample')}` : 'no saved variables'}.`,
      };
    }
  }
}

/** Whether callers must pass `params.body`. */
export function bodyRequired(endpoint: EndpointModel, shapes: EndpointShapes): boolean {
  const body = endpoint.body;
  if (body.kind === 'json' || body.kind === 'text') return true;
  if (body.kind === 'form' || body.kind === 'multipart') return body.fields.some((f) => f.required);
  if (body.kind === 'graphql') return body.query === '' || variablesType(shapes.graphqlVariables).required;
  return body.kind === 'binary';
}

function fieldsType(fields: readonly FormField[]): string {
  if (fields.length === 0) return '{ [field: string]: string }';
  const members = fields.map((f) => {
    const one = f.type === 'file' ? 'Blob' : 'string';
    const doc = f.description ? `${docComment(docLine(f.description))}\n` : '';
    return `${doc}${member(f.name, !f.required, f.repeated ? `${one} | ReadonlyArray<${one}>` : one)};`;
  });
  return `{\n${members.join('\n')}\n}`;
}

function variablesType(shape: Shape | null): { type: string; required: boolean } {
  if (shape === null) return { type: '{ [name: string]: unknown }', required: false };
  return {
    type: renderType(shape, { usage: 'request' }),
    required: shape.kind === 'object' && shape.properties.some((p) => !p.optional),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
