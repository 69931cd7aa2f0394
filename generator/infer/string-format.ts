// Recognises the string formats worth a `Format:` note on a property.

import type { StringFormat } from './shape.js';

/** Every format, in the order shapes list them. */
export const STRING_FORMATS: readonly StringFormat[] = ['date', 'date-time', 'email', 'uri', 'uuid'];

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// ISO 8601 / RFC 3339: a time is required, and so is the offset, so a local time is not taken for an instant.
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const URI = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PATTERNS: Record<StringFormat, RegExp> = {
  date: DATE,
  'date-time': DATE_TIME,
  email: EMAIL,
  uri: URI,
  uuid: UUID,
};

export function matchesFormat(value: string, format: StringFormat): boolean {
  return PATTERNS[format].test(value);
}

/** The formats `value` matches, in `STRING_FORMATS` order. */
export function stringFormatsOf(value: string): StringFormat[] {
  return STRING_FORMATS.filter((format) => matchesFormat(value, format));
}
