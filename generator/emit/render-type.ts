// Shape -> TypeScript type expression text: deterministic, one property per line. Inference is
// done (infer/); this only writes what it found, with every key and literal made by code-text.
import { literalValues, type TypeUsage } from '../infer/literal-union.js';
import type { ExactNumberKind, PropertyShape, Shape } from '../infer/shape.js';
import { docComment, literal, member } from './code-text.js';

export interface RenderTypeOptions {
  /** One level of indentation; nested objects get one more. Default: two spaces. */
  indent?: string;
  /**
   * What the type describes. `response` (the default): what the client delivers. `request`: what a
   * caller passes; literal unions need more evidence, and int64 positions also take a bigint.
   */
  usage?: TypeUsage;
}

interface Context {
  indent: string;
  usage: TypeUsage;
  /** The property the value sits under (array items and union members keep their property's name). */
  name: string | null;
}

export function renderType(shape: Shape, options: RenderTypeOptions = {}): string {
  return render(shape, { indent: options.indent ?? '  ', usage: options.usage ?? 'response', name: null }, 0);
}

/** `level`: the indentation of the line the type starts on, which the caller has already written. */
function render(shape: Shape, context: Context, level: number): string {
  switch (shape.kind) {
    case 'unknown':
    case 'null':
    case 'boolean':
    case 'number':
      return shape.kind;
    case 'string':
      return renderString(shape, context);
    case 'array': {
      const items = render(shape.items, context, level);
      // `T[]` reads best, but `A | B[]` would mean something else.
      return isWrittenAsOneWord(shape.items) && !items.includes(' | ') ? `${items}[]` : `Array<${items}>`;
    }
    case 'object':
      return renderObject(shape.properties, context, level);
    case 'union':
      return shape.members.map((member) => render(member, context, level)).join(' | ');
  }
}

/** Known values of a vocabulary stay suggestions: `(string & {})` keeps any string assignable without widening them away. */
function renderString(shape: Extract<Shape, { kind: 'string' }>, context: Context): string {
  if (shape.numeric === 'int64' && context.usage === 'request') return 'string | bigint';
  const literals = literalValues(shape, context.name, context.usage);
  return literals === null ? 'string' : [...literals.map((value) => literal(value)), '(string & {})'].join(' | ');
}

function renderObject(properties: readonly PropertyShape[], context: Context, level: number): string {
  if (properties.length === 0) return '{ [key: string]: unknown }';
  const pad = context.indent.repeat(level + 1);
  const lines = ['{'];
  for (const property of properties) {
    const notes = notesOf(property.shape, context.usage);
    if (notes.length > 0) lines.push(pad + docComment(notes.join('\n'), pad));
    lines.push(`${pad}${member(property.name, property.optional, render(property.shape, { ...context, name: property.name }, level + 1))};`);
  }
  lines.push(`${context.indent.repeat(level)}}`);
  return lines.join('\n');
}

function isWrittenAsOneWord(shape: Shape): boolean {
  if (shape.kind === 'array') return isWrittenAsOneWord(shape.items);
  return shape.kind !== 'object' && shape.kind !== 'union';
}

const EXACT_NOTES: Record<TypeUsage, Record<ExactNumberKind, string>> = {
  response: {
    int64: 'int64: beyond 2^53, delivered as a string with every digit',
    decimal: 'decimal: more digits than a double holds, delivered as a string with every digit',
    float: 'float: beyond the range of a double, delivered as a string as written',
  },
  request: {
    int64: 'int64: beyond 2^53; a bigint is sent as a bare number with every digit, a string as a JSON string',
    decimal: 'decimal: more digits than a double holds; kept as a string with every digit, sent as a JSON string',
    float: 'float: beyond the range of a double; kept as a string as written, sent as a JSON string',
  },
};

/** What the property's strings share (formats, exact numbers), also when nullable, mixed, or array items. */
function notesOf(shape: Shape, usage: TypeUsage, items = ''): string[] {
  switch (shape.kind) {
    case 'string': {
      const notes: string[] = [];
      if (shape.formats.length > 0) notes.push(`Format${items}: ${shape.formats.join(', ')}`);
      if (shape.numeric !== undefined) notes.push(EXACT_NOTES[usage][shape.numeric].replace(':', `${items}:`));
      return notes;
    }
    case 'array':
      return notesOf(shape.items, usage, ' (each item)');
    case 'union':
      return shape.members.flatMap((member) => notesOf(member, usage, items));
    default:
      return [];
  }
}
