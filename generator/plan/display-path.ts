// How documentation shows an endpoint's path; the client's JSDoc and the package README share it.
import type { EndpointModel } from '../model/types.js';

/** `/crm/v2/Leads/{record-id}`: the path as documentation shows it. */
export function displayPath(endpoint: EndpointModel): string {
  return '/' + endpoint.path.map((s) => (s.kind === 'literal' ? s.value : `${s.prefix}{${s.name}}${s.suffix}`)).join('/');
}
