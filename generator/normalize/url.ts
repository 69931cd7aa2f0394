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

/** `<id>` or `{id}`: a path parameter written by hand, as API docs do. */
const PLACEHOLDER = /^(?:<([^<>{}/]+)>|\{([^{}/]+)\})$/;

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
        prefix: '',
        suffix: '',
        example: value === '' ? null : resolveVariables(value, variables),
        description: descriptionText(declared?.description),
      };
    }
    const variable = wholeVariable(segment);
    if (variable !== null) {
      return { kind: 'param', name: variable, style: 'variable', prefix: '', suffix: '', example: variables.get(variable) ?? null, description: null };
    }
    const placeholder = PLACEHOLDER.exec(segment);
    if (placeholder) return { kind: 'param', name: (placeholder[1] ?? placeholder[2])!.trim(), style: 'placeholder', prefix: '', suffix: '', example: null, description: null };
    // A variable inside a segment (`v{{version}}`) with a value is fixed per collection: resolved now.
    // One without a value (`users('{{UserName}}')`) is a parameter with literal text around it.
    const resolved = literalPathText(resolveVariables(segment, variables));
    const inner = [...resolved.matchAll(/\{\{([^{}]+)\}\}/g)];
    if (inner.length === 1) {
      const [whole, name] = inner[0]!;
      const at = inner[0]!.index;
      return { kind: 'param', name: name!.trim(), style: 'variable', prefix: resolved.slice(0, at), suffix: resolved.slice(at + whole.length), example: null, description: null };
    }
    return { kind: 'literal', value: resolved };
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
  return { base: baseOf(url), path, query: uniqueQuery(query.filter((q) => q.name !== '')) };
}

/** A key written twice (`?id=1&id=2`) is one parameter that takes an array; required if any copy is. */
function uniqueQuery(query: QueryParam[]): QueryParam[] {
  const byName = new Map<string, QueryParam>();
  for (const q of query) {
    const first = byName.get(q.name);
    if (!first) byName.set(q.name, q);
    else byName.set(q.name, { ...first, required: first.required || q.required, credential: first.credential || q.credential });
  }
  return [...byName.values()];
}

/**
 * Literal path text is sent as written, except `#` and `?`: in a URL they would end the path (a
 * segment `a#b` would cut off the rest of the path and the query), so they are sent escaped, as
 * the segment's own characters.
 */
export function literalPathText(text: string): string {
  return text.replace(/[#?]/g, (c) => encodeURIComponent(c));
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
