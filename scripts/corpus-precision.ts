// Precision: of all leaf positions in the inferred response and body shapes, the share typed
// concretely. `unknown` leaves come from positions only ever seen empty (`[]`, `{}`).
import type { EndpointShapes } from '../generator/infer/endpoint-shapes.js';
import type { Shape } from '../generator/infer/shape.js';

export function precisionOf(shapes: readonly EndpointShapes[]): { concrete: number; leaves: number } {
  const total = { concrete: 0, leaves: 0 };
  const visit = (shape: Shape): void => {
    switch (shape.kind) {
      case 'unknown':
        total.leaves += 1;
        return;
      case 'array':
        return visit(shape.items);
      case 'object':
        if (shape.properties.length === 0) total.leaves += 1;
        return shape.properties.forEach((p) => visit(p.shape));
      case 'union':
        return shape.members.forEach(visit);
      default:
        total.leaves += 1;
        total.concrete += 1;
    }
  };
  for (const s of shapes) {
    if (s.body) visit(s.body);
    for (const r of s.responses) visit(r.shape);
  }
  return total;
}
