// Postman `{{variables}}`: finding them, resolving them, and telling credentials from data.
import { splitWords } from '../words.js';
import { secretKey } from './secrets.js';

/** The variables a collection defines: collection variables, then environment values as fallback. */
export type VariableTable = ReadonlyMap<string, string>;

const VARIABLE = /\{\{([^{}]+)\}\}/g;
const WHOLE_VARIABLE = /^\{\{([^{}]+)\}\}$/;
/** Weak secret words that, for a variable (whose value is not judged), still name a credential: `{{auth}}`, `{{session}}`. */
const CREDENTIAL_WEAK_WORDS = new Set(['auth', 'session', 'signature', 'bearer']);

export function wholeVariable(text: string): string | null {
  const match = WHOLE_VARIABLE.exec(text.trim());
  return match ? match[1]!.trim() : null;
}

export function variablesIn(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((m) => m[1]!.trim());
}

/** Replaces each `{{name}}` that has a value; unknown variables are left as written. */
export function resolveVariables(text: string, table: VariableTable): string {
  return text.replace(VARIABLE, (whole, name: string) => table.get(name.trim()) ?? whole);
}

/**
 * Names that hold secrets: their values are never copied into output, and headers holding them
 * become auth. Judged by words, as field names are (secrets.ts): `{{accessToken}}`, `{{api_key}}`
 * and `{{auth}}` are credentials, `{{author}}`, `{{authorId}}` and `{{nextPageToken}}` are data.
 */
export function isCredentialName(name: string): boolean {
  const strength = secretKey(name);
  if (strength === 'strong') return true;
  const last = splitWords(name).at(-1)?.toLowerCase();
  return strength === 'weak' && last !== undefined && CREDENTIAL_WEAK_WORDS.has(last);
}

export function holdsCredential(value: string): boolean {
  return variablesIn(value).some(isCredentialName);
}

export function variableTable(
  collectionVariables: ReadonlyArray<{ key: string; value: string }>,
  environments: ReadonlyArray<{ values: ReadonlyArray<{ key: string; value: string; enabled: boolean }> }>,
): VariableTable {
  const table = new Map<string, string>();
  for (const env of environments) {
    for (const v of env.values) if (v.enabled && v.value !== '' && !table.has(v.key)) table.set(v.key, v.value);
  }
  for (const v of collectionVariables) if (v.value !== '') table.set(v.key, v.value);
  return table;
}
