// A request URL -> base URL template, path segments (literals and params) and query params.
import type { Url } from 'postman-collection';
import type { PathSegment, QueryParam } from '../model/types.js';
import { holdsCredential, resolveVariables, variablesIn, wholeVariable, type VariableTable } from './variables.js';

export interface NormalizedUrl {
  /** Protocol, host and port as written: `{{api-domain}}` or `https://api.example.com`. */
  base: string;
  path: PathSegment[];
  query: QueryParam[];
}

export function baseOf(url: Url): string {
  const host = (url.host ?? []).join('.');
  const protocol = url.protocol ? `${url.protocol}://` : '';
  const port = url.port ? `:${url.port}` : '';
  return `${protocol}${host}${port}`;
}

export function normalizeUrl(url: Url, variables: VariableTable): NormalizedUrl {
  const pathVariables = new Map(url.variables.all().map((v) => [v.key ?? '', v] as const));
  const path: PathSegment[] = rawSegments(url).map((segment) => {
    if (segment.startsWith(':') && segment.length > 1) {
      const name = segment.slice(1);
      const declared = pathVariables.get(name);
      const value = declared?.value === undefined || declared.value === null ? '' : String(declared.value);
      return {
        kind: 'param',
        name,
        style: 'colon',
        example: value === '' ? null : resolveVariables(value, variables),
        description: descriptionText(declared?.description),
      };
    }
    const variable = wholeVariable(segment);
    if (variable !== null) {
      return { kind: 'param', name: variable, style: 'variable', example: variables.get(variable) ?? null, description: null };
    }
    // A segment with a variable inside (`v{{version}}`): fixed per collection, so resolved now.
    return { kind: 'literal', value: resolveVariables(segment, variables) };
  });
  const query: QueryParam[] = url.query.all().map((q) => {
    const value = q.value === undefined || q.value === null ? '' : String(q.value);
    return {
      kind: 'query',
      name: q.key ?? '',
      required: !q.disabled,
      example: value === '' ? null : value,
      description: descriptionText((q as { description?: unknown }).description),
      credential: holdsCredential(value) || variablesIn(q.key ?? '').length > 0,
    };
  });
  return { base: baseOf(url), path, query: query.filter((q) => q.name !== '') };
}

/** Path segments as written, without empty ones from doubled or trailing slashes. */
export function rawSegments(url: Url): string[] {
  const path = url.path ?? [];
  return (typeof path === 'string' ? (path as string).split('/') : path).map(String).filter((s) => s !== '');
}

export function descriptionText(description: unknown): string | null {
  if (description === undefined || description === null) return null;
  if (typeof description === 'string') return description.trim() || null;
  const content = (description as { content?: unknown }).content;
  if (typeof content === 'string') return content.trim() || null;
  const text = String(description);
  return text === '[object Object]' ? null : text.trim() || null;
}
