// `postman/environments/<Name>.environment.yaml`: `name` and `values: [{ key, value, enabled, type }]`
// (a `key: value` map is read too) -> the environment the JSON path reads.
import path from 'node:path';
import type { Limits } from '../../config.js';
import type { Diagnostics } from '../../diagnostics.js';
import { flagOf, isMap, textOf } from './context.js';
import { ENVIRONMENT_SUFFIXES } from './detect.js';
import { readYamlFile } from './yaml-file.js';

export interface V3Environment {
  file: string;
  name: string;
  values: Array<{ key: string; value: string; enabled: boolean }>;
}

export function readEnvironment(file: string, limits: Limits, diagnostics: Diagnostics): V3Environment | null {
  const yaml = readYamlFile(file, limits, diagnostics);
  if (!yaml) return null;
  const doc = yaml.value;
  const values = isMap(doc) ? (doc['values'] ?? doc['variables']) : undefined;
  if (!isMap(doc) || !(Array.isArray(values) || isMap(values))) {
    diagnostics.report('PF005', 'expected a YAML map with `values` (a list of { key, value, enabled } or a map of names to values)', { file, pointer: '/values', line: yaml.lines.get('/values') ?? 1 });
    return null;
  }
  const list = Array.isArray(values)
    ? values.flatMap((v) => (isMap(v) && typeof v['key'] === 'string' ? [{ key: v['key'], value: textOf(v['value']) ?? '', enabled: flagOf(v['enabled']) !== false && flagOf(v['disabled']) !== true }] : []))
    : Object.entries(values).map(([key, v]) => ({ key, value: textOf(v) ?? '', enabled: true }));
  const name = textOf(doc['name']);
  return { file, name: typeof name === 'string' && name.trim() ? name : stem(file), values: list };
}

function stem(file: string): string {
  const base = path.basename(file);
  const suffix = [...ENVIRONMENT_SUFFIXES, '.yaml', '.yml'].find((s) => base.endsWith(s));
  return suffix ? base.slice(0, -suffix.length) : base;
}
