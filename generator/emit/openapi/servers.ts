// Servers from the environments (one per environment: the six Zoho data centres become six servers),
// else from the collection's base URL, with a server variable for each `{{variable}}` in it.
import type { ApiModel } from '../../model/types.js';

export interface Server {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; description: string }>;
}

const VARIABLE = /\{\{([^{}]+)\}\}/g;

export function servers(api: ApiModel): Server[] {
  const fromEnvironments = api.environments.filter((e) => e.baseUrl !== '').map((e) => server(e.baseUrl, e.name, api));
  if (fromEnvironments.length > 0) return fromEnvironments;
  const { template } = api.baseUrl;
  if (template === '') return [{ url: '/' }];
  return [server(template, null, api)];
}

/** `{{host}}/v1` -> `{host}/v1` with `host` as a variable (its default: the collection's value, if it has one). */
function server(url: string, description: string | null, api: ApiModel): Server {
  const variables: NonNullable<Server['variables']> = {};
  const templated = url.replace(VARIABLE, (_, name: string) => {
    const known = name === api.baseUrl.variable ? api.baseUrl.defaultValue : null;
    variables[name] = { default: known ?? '', description: `The collection's \`{{${name}}}\` variable${known === null ? ', which has no value' : ''}.` };
    return `{${name}}`;
  });
  return { url: templated, ...(description === null ? {} : { description }), ...(Object.keys(variables).length ? { variables } : {}) };
}
