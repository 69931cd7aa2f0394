// The classification rules, one table row per rule: params are what callers send (narrowing breaks),
// responses what they receive (widening breaks). Summaries are built by hand so each row changes one thing.
import { describe, expect, it } from 'vitest';
import type { ApiSummary, EndpointSummary, SummaryField, SummaryType } from '../../generator/emit/api-summary.js';
import { compareSummaries } from '../../generator/drift/compare.js';

const str: SummaryType = { t: 'string' };
const num: SummaryType = { t: 'number' };
const nul: SummaryType = { t: 'null' };
const lit = (...literals: string[]): SummaryType => ({ t: 'string', literals });
const obj = (...fields: SummaryField[]): SummaryType => ({ t: 'object', fields });
const req = (name: string, type: SummaryType): SummaryField => ({ name, optional: false, type });
const opt = (name: string, type: SummaryType): SummaryField => ({ name, optional: true, type });
const union = (...of: SummaryType[]): SummaryType => ({ t: 'union', of });

function endpoint(over: Partial<EndpointSummary> = {}): EndpointSummary {
  return { key: 'k1', itemPath: 'Users / Get User', function: 'getUser', member: 'users.getUser', method: 'GET', path: '/users/{id}', params: obj(), responses: [{ status: 200, type: obj(req('id', str)) }], ...over };
}
const summary = (...endpoints: EndpointSummary[]): ApiSummary => ({ version: 1, endpoints });
/** `severity where: message` for every change of the one endpoint. */
function changes(before: EndpointSummary, after: EndpointSummary): string[] {
  return compareSummaries(summary(before), summary(after)).endpoints.flatMap((e) => e.changes.map((c) => `${c.severity} ${c.where}: ${c.message}`));
}
const body = (type: SummaryType) => obj(req('body', type));
const ok = (type: SummaryType) => [{ status: 200, type }];

describe('compareSummaries: each rule', () => {
  type Row = [string, { before: Partial<EndpointSummary>; after: Partial<EndpointSummary>; want: string[] }];
  const rows: Row[] = [
    ['nothing changed', { before: {}, after: {}, want: [] }],
    ['response field removed', { before: { responses: ok(obj(req('id', str), req('email', str))) }, after: { responses: ok(obj(req('id', str))) }, want: ['breaking response 200.email: required field removed'] }],
    ['response field added', { before: { responses: ok(obj(req('id', str))) }, after: { responses: ok(obj(req('id', str), req('email', str))) }, want: ['compatible response 200.email: field added: string'] }],
    ['response field may now be missing', { before: { responses: ok(obj(req('id', str))) }, after: { responses: ok(obj(opt('id', str))) }, want: ['breaking response 200.id: may now be missing (optional)'] }],
    ['response field widened (may now be null)', { before: { responses: ok(obj(req('id', str))) }, after: { responses: ok(obj(req('id', union(str, nul)))) }, want: ['breaking response 200.id: widened: string -> string | null'] }],
    ['response field narrowed', { before: { responses: ok(obj(req('id', union(str, nul)))) }, after: { responses: ok(obj(req('id', str))) }, want: ['compatible response 200.id: narrowed: string | null -> string'] }],
    ['response field changed type', { before: { responses: ok(obj(req('id', str))) }, after: { responses: ok(obj(req('id', num))) }, want: ['breaking response 200.id: changed: string -> number'] }],
    ['status dropped', { before: { responses: [...ok(obj()), { status: 404, type: obj() }] }, after: { responses: ok(obj()) }, want: ['breaking status 404: no longer returned'] }],
    ['status added', { before: { responses: ok(obj()) }, after: { responses: [...ok(obj()), { status: 409, type: obj() }] }, want: ['compatible status 409: newly returned'] }],
    ['required body field added', { before: { params: body(obj(req('name', str))) }, after: { params: body(obj(req('name', str), req('role', str))) }, want: ['breaking params.body.role: required field added: string'] }],
    ['optional body field added', { before: { params: body(obj(req('name', str))) }, after: { params: body(obj(req('name', str), opt('note', str))) }, want: ['compatible params.body.note: optional field added: string'] }],
    ['body field removed', { before: { params: body(obj(req('name', str), opt('note', str))) }, after: { params: body(obj(req('name', str))) }, want: ['breaking params.body.note: optional field removed'] }],
    ['body field now required', { before: { params: body(obj(opt('name', str))) }, after: { params: body(obj(req('name', str))) }, want: ['breaking params.body.name: now required'] }],
    ['body field now optional', { before: { params: body(obj(req('name', str))) }, after: { params: body(obj(opt('name', str))) }, want: ['compatible params.body.name: now optional'] }],
    ['body field narrowed', { before: { params: body(obj(req('age', union(str, num)))) }, after: { params: body(obj(req('age', num))) }, want: ['breaking params.body.age: narrowed: string | number -> number'] }],
    ['body field widened', { before: { params: body(obj(req('age', num))) }, after: { params: body(obj(req('age', union(str, num)))) }, want: ['compatible params.body.age: widened: number -> string | number'] }],
    ['request literal union narrowed', { before: { params: body(obj(req('status', lit('ACTIVE', 'BLOCKED')))) }, after: { params: body(obj(req('status', lit('ACTIVE')))) }, want: ['breaking params.body.status: literal union narrowed: "BLOCKED" no longer listed'] }],
    ['request literal union widened', { before: { params: body(obj(req('status', lit('ACTIVE')))) }, after: { params: body(obj(req('status', lit('ACTIVE', 'BLOCKED')))) }, want: ['compatible params.body.status: literal union widened: "BLOCKED" added'] }],
    ['response literal union narrowed', { before: { responses: ok(obj(req('status', lit('ACTIVE', 'BLOCKED')))) }, after: { responses: ok(obj(req('status', lit('ACTIVE')))) }, want: ['compatible response 200.status: literal union narrowed: "BLOCKED" no longer listed'] }],
    ['required query parameter added', { before: { params: obj() }, after: { params: obj(req('query', obj(req('page', { t: 'queryValue' })))) }, want: ['breaking params.query: required field added: { page }'] }],
    ['nested in arrays and unions', { before: { responses: ok(obj(req('items', { t: 'array', items: union(obj(req('id', str)), nul) }))) }, after: { responses: ok(obj(req('items', { t: 'array', items: union(obj(), nul) }))) }, want: ['breaking response 200.items[].id: required field removed'] }],
    ['a key that is no identifier', { before: { responses: ok(obj(req('@odata.type', str))) }, after: { responses: ok(obj()) }, want: ['breaking response 200["@odata.type"]: required field removed'] }],
    ['function renamed', { before: {}, after: { function: 'fetchUser' }, want: ['breaking function: renamed from getUser to fetchUser'] }],
    ['moved on the client', { before: {}, after: { member: 'people.getUser' }, want: ['breaking client: moved from client.users.getUser to client.people.getUser'] }],
    ['method changed: the function still works', { before: {}, after: { method: 'POST' }, want: ['compatible request: now POST /users/{id} (was GET /users/{id})'] }],
  ];
  it.each(rows)('%s', (_, { before, after, want }) => {
    expect(changes(endpoint(before), endpoint(after))).toEqual(want);
  });
});

describe('compareSummaries: endpoints', () => {
  it('matches endpoints by key: added and removed ones, in collection order then old order', () => {
    const a = endpoint({ key: 'a', function: 'a' });
    const b = endpoint({ key: 'b', function: 'b' });
    const c = endpoint({ key: 'c', function: 'c' });
    const drift = compareSummaries(summary(a, b), summary(c, a));
    expect(drift.endpoints.map((e) => `${e.kind} ${e.endpoint.function} ${e.changes[0]!.severity}`)).toEqual(['added c compatible', 'removed b breaking']);
  });

  it('without a previous summary there is nothing to compare', () => {
    expect(compareSummaries(null, summary(endpoint()))).toEqual({ compared: false, endpoints: [] });
  });
});
