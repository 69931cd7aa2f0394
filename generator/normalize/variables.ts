// Postman `{{variables}}`: finding them, resolving them, and telling credentials from data.

/** The variables a collection defines: collection variables, then environment values as fallback. */
export type VariableTable = ReadonlyMap<string, string>;

const VARIABLE = /\{\{([^{}]+)\}\}/g;
const WHOLE_VARIABLE = /^\{\{([^{}]+)\}\}$/;
/** Names that hold secrets: their values are never copied into output, and headers holding them become auth. */
const CREDENTIAL_NAME = /(token|secret|password|passwd|api[-_ ]?key|apikey|auth|session|cookie|signature|credential|private[-_ ]?key|client[-_ ]?secret)/i;

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

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
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
