// The inference entry points: JSON samples -> one Shape, and Shape + Shape -> one Shape.

import { addShape, addValue, createAccumulator, toShape } from './accumulator.js';
import type { Sample } from './sample.js';
import type { Shape } from './shape.js';

/** Merges every sample at the root: what holds for all of them, with missing keys optional. JSON values are samples. */
export function inferShape(samples: readonly Sample[]): Shape {
  const acc = createAccumulator();
  for (const sample of samples) addValue(acc, sample);
  return toShape(acc);
}

/** The shape of the values of both shapes; `a` counts as seen first. Neither input is changed. */
export function mergeShapes(a: Shape, b: Shape): Shape {
  const acc = createAccumulator();
  addShape(acc, a);
  addShape(acc, b);
  return toShape(acc);
}
