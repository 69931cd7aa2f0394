// An endpoint's request body -> the type callers pass as `params.body`, for every body mode.
// Raw bodies use the inferred shape; forms get one property per field; files are Blobs; GraphQL
// bodies take `variables` typed from the samples, and a `query` that defaults to the collection's.
import { inferShape } from '../infer/infer.js';
import { renderType } from '../infer/render-type.js';
import type { Shape } from '../infer/shape.js';
import type { EndpointModel, FormField } from '../model/types.js';
import { docText, propertyKey } from './code-text.js';

export interface BodyParam {
  /** A type expression. */
  type: string;
  /** Whether callers may leave `params.body` out. */
  optional: boolean;
  doc: string;
}

/** `rawShape`: the shape inference gave a json or text body (null for the other modes). */
export function bodyParam(endpoint: EndpointModel, rawShape: Shape | null, where: string): BodyParam | null {
  const body = endpoint.body;
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
      const variables = variablesType(body.variables.map((s) => s.value));
      // The collection's query is the default (the spec carries it), so callers usually pass only variables.
      const query = body.query === '' ? 'query: string' : 'query?: string';
      const members = [
        `/** The GraphQL document; defaults to the collection's query. */\n${query};`,
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
export function bodyRequired(endpoint: EndpointModel): boolean {
  const body = endpoint.body;
  if (body.kind === 'json' || body.kind === 'text') return true;
  if (body.kind === 'form' || body.kind === 'multipart') return body.fields.some((f) => f.required);
  if (body.kind === 'graphql') return body.query === '' || variablesType(body.variables.map((s) => s.value)).required;
  return body.kind === 'binary';
}

function fieldsType(fields: readonly FormField[]): string {
  if (fields.length === 0) return '{ [field: string]: string }';
  const members = fields.map((f) => {
    const one = f.type === 'file' ? 'Blob' : 'string';
    const doc = f.description ? `/** ${docText(f.description).replace(/\n+/g, ' ')} */\n` : '';
    return `${doc}${propertyKey(f.name)}${f.required ? '' : '?'}: ${f.repeated ? `${one} | ReadonlyArray<${one}>` : one};`;
  });
  return `{\n${members.join('\n')}\n}`;
}

function variablesType(samples: Parameters<typeof inferShape>[0]): { type: string; required: boolean } {
  if (samples.length === 0) return { type: '{ [name: string]: unknown }', required: false };
  const shape = inferShape(samples);
  return {
    type: renderType(shape, { usage: 'request' }),
    required: shape.kind === 'object' && shape.properties.some((p) => !p.optional),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
