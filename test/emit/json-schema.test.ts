import { describe, expect, it } from 'vitest';
import { EXACT_NUMBER_PATTERNS, jsonSchema, type JsonSchema } from '../../generator/emit/json-schema.js';
import { inferShape } from '../../generator/infer/infer.js';
import { markExactNumbers } from '../../generator/infer/sample.js';
import type { JsonValue } from '../../generator/model/types.js';
import { parseJson } from '../../templates/runtime/json.js';

type Case = [string, { given: JsonValue[]; want: JsonSchema }];

const schemaOf = (given: JsonValue[], usage?: 'request' | 'response') => jsonSchema(inferShape(given), usage ? { usage } : {});

describe('jsonSchema', () => {
  const scalars: Case[] = [
    ['nothing known', { given: [], want: {} }],
    ['only null', { given: [null], want: { type: 'null' } }],
    ['boolean', { given: [true, false], want: { type: 'boolean' } }],
    ['integers', { given: [1, 2], want: { type: 'integer' } }],
    ['a fraction makes it a number', { given: [1, 1.5], want: { type: 'number' } }],
    ['string', { given: ['a'], want: { type: 'string' } }],
    ['nullable string: a type array', { given: [null, 'a'], want: { type: ['string', 'null'] } }],
    ['bare kinds: one type array, in the order of the TypeScript union', { given: ['a', 1, null], want: { type: ['string', 'integer', 'null'] } }],
  ];
  it.each(scalars)('scalars: %s', (_, { given, want }) => expect(schemaOf(given)).toEqual(want));

  const strings: Case[] = [
    ['a format', { given: ['2021-05-11T12:52:29+00:00'], want: { type: 'string', format: 'date-time' } }],
    ['a nullable format keeps it', { given: ['2021-05-11', null], want: { type: ['string', 'null'], format: 'date' } }],
    ['an open enum where TypeScript writes a literal union', { given: [{ status: 'success' }, { status: 'error' }], want: { type: 'object', properties: { status: { type: 'string', 'x-extensible-enum': ['success', 'error'] } }, required: ['status'], additionalProperties: false } }],
    ['free text under an enumeration name stays a plain string', { given: [{ status: 'Attempted to Contact' }], want: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'], additionalProperties: false } }],
    ['array items keep their property name for the literal rule', { given: [{ codes: ['INVALID_DATA'] }], want: { type: 'object', properties: { codes: { type: 'array', items: { type: 'string', 'x-extensible-enum': ['INVALID_DATA'] } } }, required: ['codes'], additionalProperties: false } }],
  ];
  it.each(strings)('strings: %s', (_, { given, want }) => expect(schemaOf(given)).toEqual(want));

  const objects: Case[] = [
    ['required where every sample had the key', { given: [{ a: 1, b: 'x' }, { a: 2 }], want: { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } }, required: ['a'], additionalProperties: false } }],
    ['no key required: no `required`', { given: [{ a: 1 }, { b: 2 }, { a: 3, b: 4 }], want: { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer' } }, additionalProperties: false } }],
    ['an empty object takes any key, as `{ [key: string]: unknown }` does', { given: [{}], want: { type: 'object' } }],
    ['a nullable object: its keywords with a type array', { given: [{ a: 1 }, null], want: { type: ['object', 'null'], properties: { a: { type: 'integer' } }, required: ['a'], additionalProperties: false } }],
    ['objects with no key in common: anyOf', { given: [{ data: [1] }, { code: 'not found', message: 'm' }], want: { anyOf: [{ type: 'object', properties: { data: { type: 'array', items: { type: 'integer' } } }, required: ['data'], additionalProperties: false }, { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'], additionalProperties: false }] } }],
  ];
  it.each(objects)('objects: %s', (_, { given, want }) => expect(schemaOf(given)).toEqual(want));

  const arrays: Case[] = [
    ['only empty arrays: no items', { given: [[]], want: { type: 'array' } }],
    ['items merge', { given: [[1], ['a']], want: { type: 'array', items: { type: ['string', 'integer'] } } }],
    ['nullable items', { given: [[{ id: 1 }, null]], want: { type: 'array', items: { type: ['object', 'null'], properties: { id: { type: 'integer' } }, required: ['id'], additionalProperties: false } } }],
  ];
  it.each(arrays)('arrays: %s', (_, { given, want }) => expect(schemaOf(given)).toEqual(want));

  it('keeps `__proto__` as a plain property, in JSON too', () => {
    const schema = schemaOf([JSON.parse('{"__proto__": 1}') as JsonValue]);
    expect(Object.getPrototypeOf(schema.properties)).toBe(Object.prototype);
    expect(Object.keys(schema.properties!)).toEqual(['__proto__']);
    expect(JSON.stringify(schema)).toBe('{"type":"object","properties":{"__proto__":{"type":"integer"}},"required":["__proto__"],"additionalProperties":false}');
  });

  describe('exact numbers, as the runtime delivers them', () => {
    const exact = (raw: string, usage?: 'request' | 'response') => {
      const value = parseJson(raw) as JsonValue;
      return jsonSchema(inferShape([markExactNumbers(value, raw)]), usage ? { usage } : {});
    };
    it('an int64 is a string of digits', () => expect(exact('{"id": 12345678901234567891}').properties!['id']).toEqual({ type: 'string', pattern: '^-?[0-9]+$' }));
    it('small values too: string or integer', () => expect(exact('[12345678901234567891, 5]').items).toEqual({ anyOf: [{ type: 'string', pattern: '^-?[0-9]+$' }, { type: 'integer' }] }));
    it('a request body also takes the bare number', () => expect(exact('{"id": 12345678901234567891}', 'request').properties!['id']).toEqual({ type: ['integer', 'string'], pattern: '^-?[0-9]+$' }));
    it('a decimal and a float out of range keep their digits as written', () => {
      expect(exact('{"d": 0.12345678901234567891}').properties!['d']).toEqual({ type: 'string', pattern: EXACT_NUMBER_PATTERNS.decimal });
      expect(exact('{"f": 1e400}').properties!['f']).toEqual({ type: 'string', pattern: EXACT_NUMBER_PATTERNS.float });
    });
    it.each([
      ['int64', '12345678901234567891', '1.5'],
      ['decimal', '0.12345678901234567891', '1e5'],
      ['float', '-1E+999', '12'],
    ] as const)('the %s pattern takes its literals and no other kind', (kind, good, bad) => {
      expect(new RegExp(EXACT_NUMBER_PATTERNS[kind], 'u').test(good)).toBe(true);
      expect(new RegExp(EXACT_NUMBER_PATTERNS[kind], 'u').test(bad)).toBe(false);
    });
  });

  it('request usage asks more of literals, as renderType does', () => {
    const given = [{ State: 'California' }, { State: 'Texas' }];
    expect(schemaOf(given).properties!['State']).toEqual({ type: 'string', 'x-extensible-enum': ['California', 'Texas'] });
    expect(schemaOf(given, 'request').properties!['State']).toEqual({ type: 'string' });
  });

  it('does not touch the shape it converts', () => {
    const shape = inferShape([{ a: [1, null] }, null]);
    const before = JSON.stringify(shape);
    jsonSchema(shape);
    expect(JSON.stringify(shape)).toBe(before);
  });
});
