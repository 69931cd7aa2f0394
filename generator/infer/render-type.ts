// Shape -> TypeScript type expression text: deterministic, one property per line.

import { renderDocComment } from './doc-comment.js';
import { renderPropertyName } from './property-name.js';
import type { PropertyShape, Shape, StringFormat } from './shape.js';

export interface RenderTypeOptions {
  /** One level of indentation; nested objects get one more. Default: two spaces. */
  indent?: string;
}

export function renderType(shape: Shape, options: RenderTypeOptions = {}): string {
  return render(shape, options.indent ?? '  ', 0);
}

/** `level`: the indentation of the line the type starts on, which the caller has already written. */
function render(shape: Shape, indent: string, level: number): string {
  switch (shape.kind) {
    case 'unknown':
    case 'null':
    case 'boolean':
    case 'number':
    case 'string':
      return shape.kind;
    case 'array':
      return isWrittenAsOneWord(shape.items)
        ? `${render(shape.items, indent, level)}[]`
        : `Array<${render(shape.items, indent, level)}>`;
    case 'object':
      return renderObject(shape.properties, indent, level);
    case 'union':
      return shape.members.map((member) => render(member, indent, level)).join(' | ');
  }
}

function renderObject(properties: readonly PropertyShape[], indent: string, level: number): string {
  if (properties.length === 0) return '{ [key: string]: unknown }';
  const pad = indent.repeat(level + 1);
  const lines = ['{'];
  for (const property of properties) {
    const formats = formatsOf(property.shape);
    if (formats.length > 0) lines.push(pad + renderDocComment(`Format: ${formats.join(', ')}`, pad));
    const name = renderPropertyName(property.name) + (property.optional ? '?' : '');
    lines.push(`${pad}${name}: ${render(property.shape, indent, level + 1)};`);
  }
  lines.push(`${indent.repeat(level)}}`);
  return lines.join('\n');
}

/** `T[]` reads best for these; unions and objects need `Array<…>` (`A | B[]` would mean something else). */
function isWrittenAsOneWord(shape: Shape): boolean {
  if (shape.kind === 'array') return isWrittenAsOneWord(shape.items);
  return shape.kind !== 'object' && shape.kind !== 'union';
}

/** The formats of the property's strings, also when it is nullable or otherwise mixed. */
function formatsOf(shape: Shape): readonly StringFormat[] {
  if (shape.kind === 'string') return shape.formats;
  if (shape.kind === 'union') return shape.members.find((member) => member.kind === 'string')?.formats ?? [];
  return [];
}
