// Two API summaries -> what changed for callers. Endpoints are matched by their names-lock key. Each
// type change is classified by which way values flow: callers *send* params, so a new params type must
// accept everything the old one did (narrowing breaks, widening is compatible); callers *receive*
// responses, so a new response type must fit where the old one did (widening breaks: code reading a
// field as `string` now gets `string | null`; narrowing is compatible). On both sides a removed field
// breaks (excess property checks reject it in a request; code reading it fails in a response).
// Literal unions are open (`'A' | (string & {})`), so they never change assignability: dropping a
// suggested value from a request is still breaking (the API no longer lists it), adding one is not.
import type { ApiSummary, EndpointSummary, SummaryField, SummaryType } from '../emit/api-summary.js';

export type Severity = 'breaking' | 'compatible';

export interface TypeChange {
  severity: Severity;
  /** `params.body.data[].Last_Name`, `response 200 .data.id`, `status 404`, `function`. */
  where: string;
  message: string;
}

export interface EndpointDrift {
  kind: 'added' | 'removed' | 'changed';
  endpoint: EndpointSummary;
  /** Changed endpoints: each change; added and removed ones carry one change saying so. */
  changes: TypeChange[];
}

export interface Drift {
  /** False: there was no previous summary to compare with (a new package, or one from an older postforge). */
  compared: boolean;
  endpoints: EndpointDrift[];
}

type Flow = 'request' | 'response';

export function compareSummaries(previous: ApiSummary | null, next: ApiSummary): Drift {
  if (previous === null) return { compared: false, endpoints: [] };
  const before = new Map(previous.endpoints.map((e) => [e.key, e]));
  const after = new Set(next.endpoints.map((e) => e.key));
  const endpoints: EndpointDrift[] = [];
  // Collection order of the new summary, then removed endpoints in their old order.
  for (const endpoint of next.endpoints) {
    const old = before.get(endpoint.key);
    if (!old) endpoints.push({ kind: 'added', endpoint, changes: [{ severity: 'compatible', where: 'endpoint', message: 'added' }] });
    else {
      const changes = endpointChanges(old, endpoint);
      if (changes.length) endpoints.push({ kind: 'changed', endpoint, changes });
    }
  }
  for (const endpoint of previous.endpoints) {
    if (!after.has(endpoint.key)) endpoints.push({ kind: 'removed', endpoint, changes: [{ severity: 'breaking', where: 'endpoint', message: 'removed' }] });
  }
  return { compared: true, endpoints };
}

export function isBreaking(drift: EndpointDrift): boolean {
  return drift.changes.some((c) => c.severity === 'breaking');
}

function endpointChanges(old: EndpointSummary, next: EndpointSummary): TypeChange[] {
  const out: TypeChange[] = [];
  if (old.function !== next.function) out.push({ severity: 'breaking', where: 'function', message: `renamed from ${old.function} to ${next.function}` });
  if (old.member !== next.member) out.push({ severity: 'breaking', where: 'client', message: `moved from client.${old.member} to client.${next.member}` });
  // The function still makes the request: callers' code is unaffected, but reviewers should see it.
  if (old.method !== next.method || old.path !== next.path) out.push({ severity: 'compatible', where: 'request', message: `now ${next.method} ${next.path} (was ${old.method} ${old.path})` });
  diffType(old.params, next.params, 'params', 'request', out);
  const statuses = new Map(next.responses.map((r) => [r.status, r.type]));
  const oldStatuses = new Set(old.responses.map((r) => r.status));
  for (const r of old.responses) {
    const now = statuses.get(r.status);
    if (now === undefined) out.push({ severity: 'breaking', where: `status ${r.status}`, message: 'no longer returned' });
    else diffType(r.type, now, `response ${r.status}`, 'response', out);
  }
  for (const r of next.responses) if (!oldStatuses.has(r.status)) out.push({ severity: 'compatible', where: `status ${r.status}`, message: 'newly returned' });
  return out;
}

function diffType(old: SummaryType, next: SummaryType, where: string, flow: Flow, out: TypeChange[]): void {
  if (old.t === 'object' && next.t === 'object' && old.fields && next.fields) return diffFields(old.fields, next.fields, where, flow, out);
  if (old.t === 'array' && next.t === 'array') return diffType(old.items, next.items, `${where}[]`, flow, out);
  if (old.t === 'string' && next.t === 'string') return diffLiterals(old.literals ?? null, next.literals ?? null, where, flow, out);
  if (old.t === 'union' && next.t === 'union') {
    const pairs = pairMembers(old.of, next.of);
    if (pairs) return pairs.forEach(([a, b]) => diffType(a, b, where, flow, out));
  }
  if (sameType(old, next)) return;
  const widened = assignable(old, next);
  const narrowed = assignable(next, old);
  const from = `${typeText(old)} -> ${typeText(next)}`;
  if (flow === 'request') out.push(widened ? { severity: 'compatible', where, message: `widened: ${from}` } : { severity: 'breaking', where, message: `${narrowed ? 'narrowed' : 'changed'}: ${from}` });
  else out.push(narrowed ? { severity: 'compatible', where, message: `narrowed: ${from}` } : { severity: 'breaking', where, message: `${widened ? 'widened' : 'changed'}: ${from}` });
}

function diffFields(old: readonly SummaryField[], next: readonly SummaryField[], where: string, flow: Flow, out: TypeChange[]): void {
  const now = new Map(next.map((f) => [f.name, f]));
  const before = new Map(old.map((f) => [f.name, f]));
  for (const f of old) {
    const at = fieldPath(where, f.name);
    const n = now.get(f.name);
    if (!n) {
      out.push({ severity: 'breaking', where: at, message: `${f.optional ? 'optional' : 'required'} field removed` });
      continue;
    }
    if (f.optional !== n.optional) {
      if (flow === 'request') out.push(n.optional ? { severity: 'compatible', where: at, message: 'now optional' } : { severity: 'breaking', where: at, message: 'now required' });
      else out.push(n.optional ? { severity: 'breaking', where: at, message: 'may now be missing (optional)' } : { severity: 'compatible', where: at, message: 'now always present' });
    }
    diffType(f.type, n.type, at, flow, out);
  }
  for (const n of next) {
    if (before.has(n.name)) continue;
    const at = fieldPath(where, n.name);
    if (flow === 'request' && !n.optional) out.push({ severity: 'breaking', where: at, message: `required field added: ${typeText(n.type)}` });
    else out.push({ severity: 'compatible', where: at, message: `${n.optional ? 'optional ' : ''}field added: ${typeText(n.type)}` });
  }
}

function diffLiterals(old: readonly string[] | null, next: readonly string[] | null, where: string, flow: Flow, out: TypeChange[]): void {
  if (old === null && next === null) return;
  if (old === null) return void out.push({ severity: 'compatible', where, message: `now suggests ${list(next!)}` });
  if (next === null) return void out.push({ severity: 'compatible', where, message: `no longer a literal union (was ${list(old)}): any string` });
  const dropped = old.filter((v) => !next.includes(v));
  const added = next.filter((v) => !old.includes(v));
  if (dropped.length) out.push({ severity: flow === 'request' ? 'breaking' : 'compatible', where, message: `literal union narrowed: ${list(dropped)} no longer listed` });
  if (added.length) out.push({ severity: 'compatible', where, message: `literal union widened: ${list(added)} added` });
}

/** Union members paired one to one by kind, when both sides hold the same kinds once each; else null. */
function pairMembers(old: readonly SummaryType[], next: readonly SummaryType[]): Array<[SummaryType, SummaryType]> | null {
  const kinds = (members: readonly SummaryType[]) => members.map((m) => m.t);
  const a = kinds(old);
  const b = kinds(next);
  if (new Set(a).size !== a.length || new Set(b).size !== b.length || a.length !== b.length || !a.every((k) => b.includes(k))) return null;
  return old.map((m) => [m, next.find((n) => n.t === m.t)!]);
}

/** Whether every value of `a` is a value of `b` (literal unions are open: any string is a string). */
export function assignable(a: SummaryType, b: SummaryType): boolean {
  if (b.t === 'unknown') return true;
  if (a.t === 'union') return a.of.every((m) => assignable(m, b));
  if (b.t === 'union') return b.of.some((m) => assignable(a, m));
  if (a.t !== b.t) return false;
  if (a.t === 'array' && b.t === 'array') return assignable(a.items, b.items);
  if (a.t === 'object' && b.t === 'object') {
    if (b.fields === null) return true;
    if (a.fields === null) return b.fields.length === 0;
    const fields = new Map(a.fields.map((f) => [f.name, f]));
    return b.fields.every((bf) => {
      const af = fields.get(bf.name);
      if (!af) return bf.optional;
      return (bf.optional || !af.optional) && assignable(af.type, bf.type);
    });
  }
  return true;
}

function sameType(a: SummaryType, b: SummaryType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A short type text for messages: objects are `{…}` (their fields are reported one by one). */
export function typeText(t: SummaryType): string {
  switch (t.t) {
    case 'string':
      return t.literals ? t.literals.map((v) => JSON.stringify(v)).join(' | ') + ' | string' : 'string';
    case 'array': {
      const items = typeText(t.items);
      return t.items.t === 'union' ? `Array<${items}>` : `${items}[]`;
    }
    case 'object':
      return t.fields === null ? 'object' : t.fields.length ? `{ ${t.fields.map((f) => f.name).slice(0, 4).join(', ')}${t.fields.length > 4 ? ', …' : ''} }` : '{}';
    case 'union':
      return t.of.map(typeText).join(' | ');
    case 'queryValue':
      return 'query value';
    default:
      return t.t;
  }
}

function fieldPath(where: string, name: string): string {
  const plain = /^[A-Za-z_$][\w$]*$/.test(name);
  return plain ? `${where}.${name}` : `${where}[${JSON.stringify(name)}]`;
}

function list(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
