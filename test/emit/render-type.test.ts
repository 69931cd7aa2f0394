import { describe, expect, it } from 'vitest';
import { inferShape } from '../../generator/infer/infer.js';
import { renderType } from '../../generator/emit/render-type.js';
import { MAX_LITERALS, namesEnumeration, wordsOf } from '../../generator/infer/literal-union.js';
import { markExactNumbers } from '../../generator/infer/sample.js';
import type { Shape } from '../../generator/infer/shape.js';
import type { JsonValue } from '../../generator/model/types.js';
import { parseJson } from '../../templates/runtime/json.js';

type Case = [string, { given: JsonValue[]; want: string }];

const lines = (...text: string[]): string => text.join('\n');

describe('renderType', () => {
  const scalars: Case[] = [
    ['nothing known', { given: [], want: 'unknown' }],
    ['only null', { given: [null], want: 'null' }],
    ['boolean', { given: [true], want: 'boolean' }],
    ['number, integer or not', { given: [1, 1.5], want: 'number' }],
    ['string', { given: ['a'], want: 'string' }],
    ['nullable', { given: [null, 'a'], want: 'string | null' }],
    ['different kinds', { given: ['a', 1], want: 'string | number' }],
    ['every kind', { given: [true, 1, 'a', null, [1], { a: 1 }], want: 'string | number | boolean | number[] | {\n  a: number;\n} | null' }],
  ];
  it.each(scalars)('scalars: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const arrays: Case[] = [
    ['only empty arrays', { given: [[]], want: 'unknown[]' }],
    ['an empty array merged with a non-empty one', { given: [[], ['a']], want: 'string[]' }],
    ['arrays of arrays of simple types', { given: [[[1]]], want: 'number[][]' }],
    ['unions in Array<…>', { given: [[1, 'a']], want: 'Array<string | number>' }],
    ['nullable items in Array<…>', { given: [[1, null]], want: 'Array<number | null>' }],
    ['objects in Array<…>', { given: [[{ id: 1 }, { id: 2, name: 'n' }]], want: lines('Array<{', '  id: number;', '  name?: string;', '}>') }],
    ['arrays of arrays of objects', { given: [[[{ id: 1 }]]], want: lines('Array<Array<{', '  id: number;', '}>>') }],
  ];
  it.each(arrays)('arrays: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const objects: Case[] = [
    ['one property per line', { given: [{ id: 1, name: 'a' }], want: lines('{', '  id: number;', '  name: string;', '}') }],
    ['a key missing from some samples is optional', { given: [{ a: 1, b: 2 }, { a: 3 }], want: lines('{', '  a: number;', '  b?: number;', '}') }],
    ['keys in first-seen order', { given: [{ z: 1 }, { a: 1, z: 1 }], want: lines('{', '  z: number;', '  a?: number;', '}') }],
    ['a nullable property', { given: [{ a: null }, { a: 'x' }], want: lines('{', '  a: string | null;', '}') }],
    ['an object with no known properties', { given: [{}], want: '{ [key: string]: unknown }' }],
    ['{} merged with objects', { given: [{}, { a: true }], want: lines('{', '  a?: boolean;', '}') }],
    [
      'nested objects indent further',
      {
        given: [{ a: { b: { c: 1 } }, d: [{ e: 'x' }] }],
        want: lines('{', '  a: {', '    b: {', '      c: number;', '    };', '  };', '  d: Array<{', '    e: string;', '  }>;', '}'),
      },
    ],
    [
      'objects with no key in common become a union',
      {
        given: [{ data: [{ code: 'A' }] }, { code: 'B', message: 'm' }],
        want: lines('{', '  data: Array<{', '    code: "A" | (string & {});', '  }>;', '} | {', '  code: "B" | (string & {});', '  message: string;', '}'),
      },
    ],
  ];
  it.each(objects)('objects: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const names: Case[] = [
    ['identifiers as they are, $ and _ included', { given: [{ $approval_state: 1, _id: 2, a1: 3 }], want: lines('{', '  $approval_state: number;', '  _id: number;', '  a1: number;', '}') }],
    ['reserved words unquoted', { given: [{ default: 1, class: 2 }], want: lines('{', '  default: number;', '  class: number;', '}') }],
    ['dashes quoted', { given: [{ 'Content-Type': 1 }], want: lines('{', '  "Content-Type": number;', '}') }],
    ['a leading digit quoted', { given: [{ '1abc': 'x' }], want: lines('{', '  "1abc": string;', '}') }],
    ['the empty key quoted', { given: [{ '': 1 }], want: lines('{', '  "": number;', '}') }],
    ['Unicode letters bare, as TypeScript reads identifiers', { given: [{ 'naïve': 1 }], want: lines('{', '  naïve: number;', '}') }],
    ['a superscript quoted (not an identifier character)', { given: [{ 'areaM²': 1 }], want: lines('{', '  "areaM²": number;', '}') }],
    ['a bidi override quoted and escaped', { given: [{ 'a\u202eb': 1 }], want: lines('{', '  "a\\u202eb": number;', '}') }],
    [
      'quotes, backslashes, newlines and comment ends escaped',
      { given: [{ 'a"b\\c\n*/': 1 }], want: lines('{', '  "a\\"b\\u005cc\\n*/": number;', '}') },
    ],
    ['optional quoted names', { given: [{ 'x-y': 1 }, {}], want: lines('{', '  "x-y"?: number;', '}') }],
  ];
  it.each(names)('property names: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const formats: Case[] = [
    [
      'a JSDoc line above a property whose strings all share a format',
      {
        given: [{ created: '2024-01-01T10:00:00+05:30', day: '2024-01-01', email: 'a@b.io', url: 'https://x.io/a', id: '123e4567-e89b-12d3-a456-426614174000' }],
        want: lines(
          '{',
          '  /** Format: date-time */',
          '  created: string;',
          '  /** Format: date */',
          '  day: string;',
          '  /** Format: email */',
          '  email: string;',
          '  /** Format: uri */',
          '  url: string;',
          '  /** Format: uuid */',
          '  id: string;',
          '}',
        ),
      },
    ],
    ['also when nullable', { given: [{ at: null }, { at: '2024-01-01' }], want: lines('{', '  /** Format: date */', '  at: string | null;', '}') }],
    ['none when one value does not match', { given: [{ at: '2024-01-01' }, { at: 'never' }], want: lines('{', '  at: string;', '}') }],
    ['on arrays of strings, for each item', { given: [{ days: ['2024-01-01'] }], want: lines('{', '  /** Format (each item): date */', '  days: string[];', '}') }],
    ['on nullable arrays and mixed positions', { given: [{ days: ['2024-01-01'], at: '2024-01-01' }, { days: null, at: 3 }], want: lines('{', '  /** Format (each item): date */', '  days: string[] | null;', '  /** Format: date */', '  at: string | number;', '}') }],
    ['indented with nested properties', { given: [{ a: { at: '2024-01-01' } }], want: lines('{', '  a: {', '    /** Format: date */', '    at: string;', '  };', '}') }],
  ];
  it.each(formats)('formats: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  // The smallest input for each rule of literal-union.ts.
  const literals: Case[] = [
    ['an enumeration name with token values', { given: [{ status: 'success' }, { status: 'error' }], want: lines('{', '  status: "success" | "error" | (string & {});', '}') }],
    ['the name\'s last word counts', { given: [{ Lead_Status: 'new', errorCode: 'E_X', '@odata.type': 'user' }], want: lines('{', '  Lead_Status: "new" | (string & {});', '  errorCode: "E_X" | (string & {});', '  "@odata.type": "user" | (string & {});', '}') }],
    ['UPPER_SNAKE values need no name', { given: [{ x: 'INVALID_DATA' }, { x: 'SUCCESS' }], want: lines('{', '  x: "INVALID_DATA" | "SUCCESS" | (string & {});', '}') }],
    ['a bare UPPER_SNAKE string', { given: ['NOT_FOUND'], want: '"NOT_FOUND" | (string & {})' }],
    ['a lone upper-case word may be an abbreviation', { given: [{ Industry: 'ASP' }], want: lines('{', '  Industry: string;', '}') }],
    ['other names stay string', { given: [{ name: 'acme' }], want: lines('{', '  name: string;', '}') }],
    ['free text stays string', { given: [{ status: 'Attempted to Contact' }], want: lines('{', '  status: string;', '}') }],
    ['ids stay string', { given: [{ type: 'pm_1Hh1XYZabc' }, { type: 'cus' }], want: lines('{', '  type: string;', '}') }],
    ['serial codes stay string', { given: [{ Product_Code: 'ADV001' }], want: lines('{', '  Product_Code: string;', '}') }],
    ['a digit or two is fine', { given: [{ region: 'us-east-1' }, { region: 'eu-west-2' }], want: lines('{', '  region: "us-east-1" | "eu-west-2" | (string & {});', '}') }],
    ['placeholders stay string', { given: [{ x: 'YOUR_MERCHANT_ACCOUNT', y: 'ENTER_EMAIL_HERE' }], want: lines('{', '  x: string;', '  y: string;', '}') }],
    ['names of data stay string', { given: [{ merchantReference: 'ORDER_NUMBER', given_name: 'TONY_STARK', name: 'NOT_FOUND' }], want: lines('{', '  merchantReference: string;', '  given_name: string;', '  name: "NOT_FOUND" | (string & {});', '}') }],
    ['numeric strings stay string', { given: [{ code: '404' }], want: lines('{', '  code: string;', '}') }],
    ['formatted strings stay string', { given: [{ state: 'a@b.io' }], want: lines('{', '  /** Format: email */', '  state: string;', '}') }],
    ['the empty string stays string', { given: [{ status: '' }, { status: 'a' }], want: lines('{', '  status: string;', '}') }],
    [`more than ${MAX_LITERALS} values stay string`, { given: Array.from({ length: MAX_LITERALS + 1 }, (_, i) => ({ status: `s${i}` })), want: lines('{', '  status: string;', '}') }],
    ['numbers stay number', { given: [{ status: 1 }], want: lines('{', '  status: number;', '}') }],
    ['nullable', { given: [{ status: 'a' }, { status: null }], want: lines('{', '  status: "a" | (string & {}) | null;', '}') }],
    ['mixed with numbers', { given: [{ code: 'E' }, { code: 5 }], want: lines('{', '  code: "E" | (string & {}) | number;', '}') }],
    ['array items under a plural name', { given: [{ types: ['a', 'b'] }], want: lines('{', '  types: Array<"a" | "b" | (string & {})>;', '}') }],
  ];
  it.each(literals)('literal unions: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const requestLiterals: Case[] = [
    ['an enumeration name with code-case values', { given: [{ status: 'active' }], want: lines('{', '  status: "active" | (string & {});', '}') }],
    ['not Capitalized words, which an example typed', { given: [{ State: 'California' }], want: lines('{', '  State: string;', '}') }],
    ['UPPER_SNAKE values', { given: [{ State: 'TX' }], want: lines('{', '  State: "TX" | (string & {});', '}') }],
    ['free text', { given: [{ Lead_Status: 'Attempted to Contact' }], want: lines('{', '  Lead_Status: string;', '}') }],
  ];
  it.each(requestLiterals)('literal unions in request bodies: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given), { usage: 'request' })).toBe(want);
  });

  it.each([
    ['status', true], ['Lead_Status', true], ['error_code', true], ['errorCode', true], ['HTTPStatus', true], ['categories', true],
    ['statuses', true], ['name', false], ['Description', false], ['statusMessage', false], ['', false],
  ] as const)('enumeration name: %s is %s', (name, want) => {
    expect(namesEnumeration(wordsOf(name))).toBe(want);
  });

  type TextCase = [string, { given: string[]; want: string }];
  /** Bodies as the generator reads them: numbers a double cannot hold become marked strings. */
  const fromText = (texts: string[]) => inferShape(texts.map((text) => markExactNumbers(parseJson(text) as JsonValue, text)));
  const INT64 = '/** int64: beyond 2^53, delivered as a string with every digit */';
  const exact: TextCase[] = [
    ['an int64 is a string with a note', { given: ['{"id":12345678901234567891}'], want: lines('{', `  ${INT64}`, '  id: string;', '}') }],
    ['small values too: string | number', { given: ['{"id":1}', '{"id":12345678901234567891}'], want: lines('{', `  ${INT64}`, '  id: string | number;', '}') }],
    ['in arrays', { given: ['{"ids":[12345678901234567891]}'], want: lines('{', '  /** int64 (each item): beyond 2^53, delivered as a string with every digit */', '  ids: string[];', '}') }],
    ['never a literal union', { given: ['{"code":12345678901234567891}'], want: lines('{', `  ${INT64}`, '  code: string;', '}') }],
    ['a decimal', { given: ['{"x":0.12345678901234567891}'], want: lines('{', '  /** decimal: more digits than a double holds, delivered as a string with every digit */', '  x: string;', '}') }],
    ['beyond the double range: a float note', { given: ['{"x":1e400,"y":[-1E+999,1e-400]}'], want: lines('{', '  /** float: beyond the range of a double, delivered as a string as written */', '  x: string;', '  /** float (each item): beyond the range of a double, delivered as a string as written */', '  y: string[];', '}') }],
    ['a negative zero is a number', { given: ['{"z":-0}'], want: lines('{', '  z: number;', '}') }],
    ['digit strings that were strings get no note', { given: ['{"id":"12345678901234567891"}'], want: lines('{', '  id: string;', '}') }],
  ];
  it.each(exact)('numbers beyond a double: %s', (_, { given, want }) => {
    expect(renderType(fromText(given))).toBe(want);
  });

  it('request bodies take a bigint where an int64 was seen', () => {
    expect(renderType(fromText(['{"id":12345678901234567891}']), { usage: 'request' })).toBe(
      lines('{', '  /** int64: beyond 2^53; a bigint is sent as a bare number with every digit, a string as a JSON string */', '  id: string | bigint;', '}'),
    );
  });

  it('uses the indent it is given', () => {
    expect(renderType(inferShape([{ a: { b: 1 } }]), { indent: '\t' })).toBe(lines('{', '\ta: {', '\t\tb: number;', '\t};', '}'));
  });

  it('renders shapes built by hand, in the order they say', () => {
    const shape: Shape = {
      kind: 'union',
      members: [
        { kind: 'null' },
        { kind: 'array', items: { kind: 'unknown' } },
        { kind: 'object', count: 1, properties: [{ name: 'a', optional: false, seen: 1, shape: { kind: 'unknown' } }] },
      ],
    };
    expect(renderType(shape)).toBe(lines('null | unknown[] | {', '  a: unknown;', '}'));
  });

  it('is deterministic', () => {
    const given: JsonValue[] = [{ b: [1, 'x', null], a: { c: '2024-01-01' } }, { code: 'E' }];
    expect(renderType(inferShape(given))).toBe(renderType(inferShape(structuredClone(given))));
  });
});
