import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../generator/emit/json-schema.js';
import { inferShape } from '../../generator/infer/infer.js';
import { matchesFormat, STRING_FORMATS } from '../../generator/infer/string-format.js';
import type { JsonValue } from '../../generator/model/types.js';
import { checkResponse, FORMAT_PATTERNS, formatDifferences, memberPath, validate, type Difference, type JsonSchema } from '../../templates/test/contract.js';

type Found = Pick<Difference, 'kind' | 'path' | 'expected' | 'actual'>;
type Case = [string, { schema: JsonSchema; value: unknown; want: Found[] }];

const found = (differences: Difference[]): Found[] => differences.map(({ kind, path, expected, actual }) => ({ kind, path, expected, actual }));

const lead: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    status: { type: 'string', 'x-extensible-enum': ['success', 'error'] },
    modified: { type: 'string', format: 'date-time' },
    count: { type: 'integer' },
    note: { type: 'string' },
  },
  required: ['id', 'name', 'status'],
  additionalProperties: false,
};
const good = { id: '1', name: 'Boyle', status: 'success', modified: '2021-05-11T12:52:29+00:00', count: 3 };

describe('validate', () => {
  const kinds: Case[] = [
    ['a matching value: nothing', { schema: lead, value: good, want: [] }],
    ['a missing required field', { schema: lead, value: { id: '1', status: 'success' }, want: [{ kind: 'missing-field', path: '$.name', expected: 'string', actual: 'absent' }] }],
    ['a missing optional field: nothing', { schema: lead, value: { id: '1', name: 'n', status: 'error' }, want: [] }],
    ['a new field, with its type', { schema: lead, value: { ...good, Tag: [] }, want: [{ kind: 'new-field', path: '$.Tag', expected: 'absent', actual: 'array' }] }],
    ['a changed type, expected and actual', { schema: lead, value: { ...good, id: 42 }, want: [{ kind: 'type-changed', path: '$.id', expected: 'string', actual: 'integer' }] }],
    ['null where the type has none', { schema: lead, value: { ...good, name: null }, want: [{ kind: 'type-changed', path: '$.name', expected: 'string', actual: 'null' }] }],
    ['a new value of an open enum: info', { schema: lead, value: { ...good, status: 'queued' }, want: [{ kind: 'new-value', path: '$.status', expected: 'one of "success", "error"', actual: '"queued"' }] }],
    ['a string that lost its format: info', { schema: lead, value: { ...good, modified: 'yesterday' }, want: [{ kind: 'format-changed', path: '$.modified', expected: 'format date-time', actual: '"yesterday"' }] }],
    ['a fraction where every sample was an integer: info', { schema: lead, value: { ...good, count: 2.5 }, want: [{ kind: 'format-changed', path: '$.count', expected: 'integer', actual: '2.5' }] }],
    ['a whole number where a number is expected: nothing', { schema: { type: 'number' }, value: 2, want: [] }],
    ['anything where nothing is known', { schema: {}, value: { any: ['thing'] }, want: [] }],
    ['a root of another type', { schema: lead, value: 'Internal error', want: [{ kind: 'type-changed', path: '$', expected: 'object', actual: 'string' }] }],
    ['an object that takes any key', { schema: { type: 'object' }, value: { a: 1 }, want: [] }],
  ];
  it.each(kinds)('%s', (_, { schema, value, want }) => expect(found(validate(schema, value))).toEqual(want));

  it('lists every difference: schema order first, then new fields in the order they came', () => {
    const value = { Zeta: 1, status: 7, id: '1', Alpha: true };
    expect(found(validate(lead, value)).map((d) => `${d.kind} ${d.path}`)).toEqual(['missing-field $.name', 'type-changed $.status', 'new-field $.Zeta', 'new-field $.Alpha']);
  });

  const nested: JsonSchema = { type: 'object', properties: { data: { type: 'array', items: lead } }, required: ['data'], additionalProperties: false };
  const paths: Case[] = [
    ['an array element by its index', { schema: nested, value: { data: [good, { ...good, id: 1 }] }, want: [{ kind: 'type-changed', path: '$.data[1].id', expected: 'string', actual: 'integer' }] }],
    ['a field missing in one element only', { schema: nested, value: { data: [good, good, { id: '3', status: 'error' }] }, want: [{ kind: 'missing-field', path: '$.data[2].name', expected: 'string', actual: 'absent' }] }],
    ['arrays of arrays', { schema: { type: 'array', items: { type: 'array', items: { type: 'integer' } } }, value: [[1], [2, 'x']], want: [{ kind: 'type-changed', path: '$[1][1]', expected: 'integer', actual: 'string' }] }],
    ['names that are not shorthands are quoted', { schema: { type: 'object', properties: { 'Lead Status': { type: 'string' } }, additionalProperties: false }, value: { 'Lead Status': 1, "it's": 2 }, want: [{ kind: 'type-changed', path: "$['Lead Status']", expected: 'string', actual: 'integer' }, { kind: 'new-field', path: "$['it\\'s']", expected: 'absent', actual: 'integer' }] }],
  ];
  it.each(paths)('paths: %s', (_, { schema, value, want }) => expect(found(validate(schema, value))).toEqual(want));

  const nullable: JsonSchema = { type: ['object', 'null'], properties: { a: { type: 'integer' } }, required: ['a'], additionalProperties: false };
  const unions: Case[] = [
    ['nullable: null is fine', { schema: nullable, value: null, want: [] }],
    ['nullable: the object is still checked', { schema: nullable, value: {}, want: [{ kind: 'missing-field', path: '$.a', expected: 'integer', actual: 'absent' }] }],
    ['nullable: another type', { schema: nullable, value: 'x', want: [{ kind: 'type-changed', path: '$', expected: 'object | null', actual: 'string' }] }],
    ['a type array', { schema: { type: ['string', 'integer'] }, value: true, want: [{ kind: 'type-changed', path: '$', expected: 'string | integer', actual: 'boolean' }] }],
  ];
  it.each(unions)('unions: %s', (_, { schema, value, want }) => expect(found(validate(schema, value))).toEqual(want));

  describe('anyOf: the closest branch', () => {
    const success: JsonSchema = { type: 'object', properties: { data: { type: 'array', items: { type: 'integer' } } }, required: ['data'], additionalProperties: false };
    const failure: JsonSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } }, required: ['code', 'message', 'details'], additionalProperties: false };
    const either: JsonSchema = { anyOf: [success, failure, { type: 'null' }] };
    it('a value one branch takes: nothing', () => {
      expect(validate(either, { code: 'E', message: 'm', details: {} })).toEqual([]);
      expect(validate(either, null)).toEqual([]);
    });
    it("reports the branch with the fewest errors, not the first one's", () => {
      expect(found(validate(either, { code: 'E', message: 'm' }))).toEqual([{ kind: 'missing-field', path: '$.details', expected: 'object', actual: 'absent' }]);
      expect(found(validate(either, { data: ['1'] }))).toEqual([{ kind: 'type-changed', path: '$.data[0]', expected: 'integer', actual: 'string' }]);
    });
    it('a branch of the wrong type is never the closest, however few its errors', () => {
      // The null branch has one error (its type); the object branch has two, and is the one that says what changed.
      expect(found(validate(either, { code: 'E', message: 1, details: 2 })).map((d) => d.path)).toEqual(['$.message', '$.details']);
    });
    it('no branch of its type: one type change naming them all', () => {
      expect(found(validate(either, 'x'))).toEqual([{ kind: 'type-changed', path: '$', expected: 'object | object | null', actual: 'string' }]);
    });
    it("a branch that takes the value keeps its notes", () => {
      const open: JsonSchema = { anyOf: [{ type: 'string', 'x-extensible-enum': ['a'] }, { type: 'integer' }] };
      expect(found(validate(open, 'b'))).toEqual([{ kind: 'new-value', path: '$', expected: 'one of "a"', actual: '"b"' }]);
    });
  });

  it('reads `__proto__` as a plain key, as JSON.parse gives it', () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"integer"}},"required":["__proto__"],"additionalProperties":false}') as JsonSchema;
    expect(validate(schema, JSON.parse('{"__proto__": 1}'))).toEqual([]);
    expect(found(validate(schema, JSON.parse('{"__proto__": "1"}')))).toEqual([{ kind: 'type-changed', path: '$.__proto__', expected: 'integer', actual: 'string' }]);
    expect(found(validate(schema, {}))).toEqual([{ kind: 'missing-field', path: '$.__proto__', expected: 'integer', actual: 'absent' }]);
  });

  it('checks an exact number pattern', () => {
    expect(found(validate({ type: 'string', pattern: '^-?[0-9]+$' }, '12x'))).toEqual([{ kind: 'format-changed', path: '$', expected: 'pattern ^-?[0-9]+$', actual: '"12x"' }]);
  });
});

describe('checkResponse', () => {
  const responses = { '200': { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false }, '401': { type: 'string' } } satisfies Record<string, JsonSchema>;
  it('checks the body against the schema of its status', () => {
    expect(checkResponse(responses, 200, { ok: true })).toEqual([]);
    expect(checkResponse(responses, 401, 'denied')).toEqual([]);
    expect(found(checkResponse(responses, 401, { ok: true }))).toEqual([{ kind: 'type-changed', path: '$', expected: 'string', actual: 'object' }]);
  });
  it('a status no example had: unknown status, an error, and the body is not judged', () => {
    expect(checkResponse(responses, 503, { anything: 1 })).toEqual([{ kind: 'unknown-status', severity: 'error', path: '$', expected: 'one of 200, 401', actual: '503' }]);
    expect(checkResponse({}, 200, null)).toEqual([{ kind: 'unknown-status', severity: 'error', path: '$', expected: 'no saved status', actual: '200' }]);
  });
});

describe('severity and the readable list', () => {
  it('errors are what the TypeScript type rejects; notes are info', () => {
    const differences = validate(lead, { ...good, id: 1, Tag: 1, status: 'queued', count: 0.5 });
    expect(differences.map((d) => `${d.severity} ${d.kind}`)).toEqual(['error type-changed', 'info new-value', 'info format-changed', 'error new-field']);
    expect(formatDifferences(differences).split('\n')).toEqual([
      'error  type changed  $.id: expected string, got integer',
      'info   new value  $.status: expected one of "success", "error", got "queued"',
      'info   format changed  $.count: expected integer, got 0.5',
      'error  new field  $.Tag: expected absent, got integer',
    ]);
  });
});

describe('memberPath', () => {
  it.each([
    ['data', '$.data'],
    ['_id', '$._id'],
    ['Lead_Status', '$.Lead_Status'],
    ['2fa', "$['2fa']"],
    ['@odata.type', "$['@odata.type']"],
    ['back\\slash', "$['back\\\\slash']"],
    ['line\nbreak', "$['line\\u000abreak']"],
  ])('%j -> %s', (key, want) => expect(memberPath('$', key)).toBe(want));
});

describe('the validator and the generator agree', () => {
  it('on every string format', () => {
    const samples = ['2021-05-11', '2021-13-01', '2021-05-11T12:52:29+00:00', '2021-05-11T12:52:29', 'a@b.co', 'a@b', 'https://crm.zoho.com/x', 'crm.zoho.com', 'f47ac10b-58cc-4372-a567-0e02b2c3d479', 'f47ac10b', ''];
    for (const format of STRING_FORMATS) {
      for (const sample of samples) expect([format, sample, FORMAT_PATTERNS[format]!.test(sample)]).toEqual([format, sample, matchesFormat(sample, format)]);
    }
  });
  it('every sample validates against the schema inferred from the samples', () => {
    const samples: JsonValue[] = [
      { data: [{ code: 'SUCCESS', id: '1', at: '2021-05-11T12:52:29+00:00', n: 1 }], info: null },
      { data: [{ code: 'ERROR', id: 2, n: 1.5, extra: [null, 'x'] }], info: { more: true } },
      { message: 'no data' },
      null,
    ];
    const schema = jsonSchema(inferShape(samples)) as JsonSchema;
    for (const sample of samples) expect(validate(schema, sample)).toEqual([]);
  });
});
