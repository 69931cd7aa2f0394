// What inference reads: JSON values, plus a mark on the strings that were number literals in the
// text (an int64 beyond 2^53, or a decimal a double cannot hold). The model keeps those as plain
// strings of their digits, as the generated runtime delivers them; only the raw text tells them
// apart from strings that were strings, so inference re-reads the text where that can matter.
import type { JsonValue } from '../model/types.js';
import type { ExactNumberKind } from './shape.js';
import { mayLoseDigits, parseJson } from '../../templates/runtime/json.js';

const EXACT: unique symbol = Symbol('postforge.exactNumber');

/** A number literal kept as a string; a symbol key, so no JSON object can look like one. */
export interface ExactNumber {
  readonly [EXACT]: string;
}

export type Sample = JsonValue | ExactNumber | readonly Sample[] | { readonly [key: string]: Sample };

export function isExactNumber(value: Sample): value is ExactNumber {
  return typeof value === 'object' && value !== null && EXACT in value;
}

/** The literal as written, e.g. `12345678901234567891`. */
export function exactLiteral(value: ExactNumber): string {
  return value[EXACT];
}

/** `float` for exponent forms (out of range), `decimal` for literals with a fraction, `int64` for integers. */
export function exactKind(literal: string): ExactNumberKind {
  return /[eE]/.test(literal) ? 'float' : literal.includes('.') ? 'decimal' : 'int64';
}

/** The sample with its exact numbers marked; `value` itself when its text holds none. */
export function markExactNumbers(value: JsonValue, raw: string | undefined): Sample {
  if (raw === undefined || !mayLoseDigits(raw)) return value;
  let marked = false;
  try {
    const sample = parseJson(raw, (literal): ExactNumber => {
      marked = true;
      return { [EXACT]: literal };
    }) as Sample;
    return marked ? sample : value;
  } catch {
    return value;
  }
}
