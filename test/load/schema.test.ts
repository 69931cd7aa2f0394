import { describe, expect, it } from 'vitest';
import { detectSchema, type SchemaCheck } from '../../generator/load/schema.js';
import { SCHEMA_V20, SCHEMA_V21 } from '../helpers/collection.js';

type Case = [string, { given: unknown; want: SchemaCheck | { kind: 'rejected'; reason: RegExp; pointer: string } }];

describe('detectSchema', () => {
  const cases: Case[] = [
    ['v2.1 by info.schema', { given: { info: { name: 'x', schema: SCHEMA_V21 }, item: [] }, want: { kind: 'v2', version: '2.1' } }],
    ['v2.0 by info.schema', { given: { info: { name: 'x', schema: SCHEMA_V20 }, item: [] }, want: { kind: 'v2', version: '2.0' } }],
    ['no schema but info and an item array: read as v2.1', { given: { info: { name: 'x' }, item: [] }, want: { kind: 'v2', version: '2.1' } }],
    ['v1: id, name, order, requests (converted by load)', { given: { id: 'abc', name: 'Old', order: [], requests: [] }, want: { kind: 'v1' } }],
    ['id and order without a requests array is no v1 collection', { given: { id: 'abc', name: 'Old', order: ['r1'] }, want: { kind: 'rejected', reason: /no `item` list.*keys: "id", "name", "order"/, pointer: '' } }],
    ['`items` instead of `item`, no info: read as v2.1 (load says what it normalised)', { given: { items: [] }, want: { kind: 'v2', version: '2.1' } }],
    ['an info with a Postman schema URL of another version, no items', { given: { info: { schema: 'https://schema.getpostman.com/json/collection/v3.0.0/' } }, want: { kind: 'v2', version: '2.1' } }],
    ['a Postman environment', { given: { name: 'prod', values: [] }, want: { kind: 'rejected', reason: /Postman environment.*--env/, pointer: '' } }],
    ['a requests array next to an item array is not v1', { given: { info: { name: 'x' }, item: [], requests: [] }, want: { kind: 'v2', version: '2.1' } }],
    ['an array', { given: [{ info: {} }], want: { kind: 'rejected', reason: /not a JSON object/, pointer: '' } }],
    ['a string', { given: 'collection', want: { kind: 'rejected', reason: /not a JSON object/, pointer: '' } }],
    ['a number', { given: 42, want: { kind: 'rejected', reason: /not a JSON object/, pointer: '' } }],
    ['null', { given: null, want: { kind: 'rejected', reason: /not a JSON object/, pointer: '' } }],
    ['v2.1 schema but item is not an array: read (load reports the item list)', { given: { info: { schema: SCHEMA_V21 }, item: {} }, want: { kind: 'v2', version: '2.1' } }],
    ['an OpenAPI document', { given: { openapi: '3.1.0', paths: {} }, want: { kind: 'rejected', reason: /OpenAPI/, pointer: '' } }],
    ['an unrelated object', { given: { hello: 'world' }, want: { kind: 'rejected', reason: /no `item` list/, pointer: '' } }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    const got = detectSchema(given);
    if (want.kind === 'rejected' && want.reason instanceof RegExp) {
      expect(got).toMatchObject({ kind: 'rejected', pointer: want.pointer });
      expect(got.kind === 'rejected' ? got.reason : '').toMatch(want.reason);
    } else {
      expect(got).toEqual(want);
    }
  });
});
