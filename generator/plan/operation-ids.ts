// OpenAPI operationIds: the client's function names, where a URL can hold them as they are (tools put
// operationIds in links). A name with other characters (`autenticação`) is spelt in ASCII, accents
// dropped, and kept unique among all of them; the document keeps the function name beside it.
import { createScope } from './scope.js';

/** What Redocly's `operation-operationId-url-safe` accepts: URL characters only. */
const URL_SAFE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/;

export function operationIds(functionNames: readonly string[]): string[] {
  // Case-sensitive, as operationIds are; the names that are already safe are claimed first so they never change.
  const scope = createScope(functionNames.filter((n) => URL_SAFE.test(n)), { ignoreCase: false });
  return functionNames.map((name) => {
    if (URL_SAFE.test(name)) return name;
    const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_$]/g, '_');
    return scope.claim(ascii === '' ? 'operation' : ascii);
  });
}
