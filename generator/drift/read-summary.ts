// The previous generation's API summary, read from the output folder before it is rewritten. It is
// input like any other: a missing one means "no previous summary", and one that is not a summary
// postforge wrote (hand-edited, half-merged, from a newer postforge) is reported, never trusted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { API_SUMMARY_FILE, API_SUMMARY_VERSION, type ApiSummary, type SummaryType } from '../emit/api-summary.js';

export type PreviousSummary = { summary: ApiSummary | null; problem: string | null };

export function readApiSummary(outDir: string): PreviousSummary {
  const file = path.join(outDir, API_SUMMARY_FILE);
  if (!existsSync(file)) return { summary: null, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { summary: null, problem: (error as Error).message };
  }
  const problem = summaryProblem(json);
  return problem ? { summary: null, problem } : { summary: json as ApiSummary, problem: null };
}

/** Why `json` is not a summary this postforge can compare with, or null. */
export function summaryProblem(json: unknown): string | null {
  if (!isRecord(json)) return 'not a JSON object';
  if (json['version'] !== API_SUMMARY_VERSION) return `version ${JSON.stringify(json['version'])}, expected ${API_SUMMARY_VERSION}`;
  const endpoints = json['endpoints'];
  if (!Array.isArray(endpoints)) return 'no endpoints list';
  for (const [i, e] of endpoints.entries()) {
    if (!isRecord(e)) return `endpoints[${i}] is not an object`;
    for (const key of ['key', 'itemPath', 'function', 'member', 'method', 'path']) if (typeof e[key] !== 'string') return `endpoints[${i}].${key} is not text`;
    if (!isType(e['params'], 0)) return `endpoints[${i}].params is not a type`;
    const responses = e['responses'];
    if (!Array.isArray(responses) || !responses.every((r) => isRecord(r) && Number.isInteger(r['status']) && isType(r['type'], 0))) return `endpoints[${i}].responses is not a list of statuses and types`;
  }
  return null;
}

/** Deeper than any type the generator writes (limits.maxJsonDepth is at most 512): a bound on a hostile file. */
const MAX_TYPE_DEPTH = 1100;
const PLAIN = new Set(['unknown', 'null', 'boolean', 'number', 'bigint', 'blob', 'queryValue']);

function isType(t: unknown, depth: number): t is SummaryType {
  if (depth > MAX_TYPE_DEPTH || !isRecord(t) || typeof t['t'] !== 'string') return false;
  switch (t['t']) {
    case 'string':
      return t['literals'] === undefined || (Array.isArray(t['literals']) && t['literals'].every((v) => typeof v === 'string'));
    case 'array':
      return isType(t['items'], depth + 1);
    case 'object':
      return (
        t['fields'] === null ||
        (Array.isArray(t['fields']) && t['fields'].every((f) => isRecord(f) && typeof f['name'] === 'string' && typeof f['optional'] === 'boolean' && isType(f['type'], depth + 1)))
      );
    case 'union':
      return Array.isArray(t['of']) && t['of'].every((m) => isType(m, depth + 1));
    default:
      return PLAIN.has(t['t']);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
