// A v3 collection folder -> the raw v2.1 collection and a way to move diagnostics to its files.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Limits } from '../../config.js';
import type { Diagnostics } from '../../diagnostics.js';
import type { JsonObject } from '../parts.js';
import { readCollection } from './collection.js';
import { locator, relocated } from './locate.js';

export interface V3Read {
  raw: JsonObject;
  /** `diagnostics`, with places in the collection folder moved to the v3 file they came from. */
  locate: (diagnostics: Diagnostics) => Diagnostics;
}

export function readV3Collection(dir: string, limits: Limits, diagnostics: Diagnostics): V3Read | null {
  const root = path.resolve(dir);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    diagnostics.report('PF001', `cannot read ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: dir });
    return null;
  }
  const read = readCollection(root, realRoot, limits, diagnostics);
  if (!read) return null;
  const locate = locator(read.places);
  return { raw: read.raw, locate: (d) => relocated(d, dir, locate) };
}
