// Request bodies of update methods are partial: a PUT or PATCH usually sends only the fields it
// changes (JSON Merge Patch, RFC 7396, makes that the rule for PATCH; Zoho, Box and Salesforce
// update with PUT/PATCH the same way). Samples cannot show it: every saved update tends to carry
// the whole record, so inference alone would make all of its fields required. This pass makes every
// member optional at every depth; names and value types stay as inferred, so a misspelt field or a
// wrong value type is still a compile error, and every saved body still fits (optional only widens).
import type { Shape } from './shape.js';

/** The shape with every object member optional, at every depth (array items and union members too). */
export function partialShape(shape: Shape): Shape {
  switch (shape.kind) {
    case 'object':
      return { ...shape, properties: shape.properties.map((p) => ({ ...p, optional: true, shape: partialShape(p.shape) })) };
    case 'array':
      return { ...shape, items: partialShape(shape.items) };
    case 'union':
      return { ...shape, members: shape.members.map(partialShape) };
    default:
      return shape;
  }
}
