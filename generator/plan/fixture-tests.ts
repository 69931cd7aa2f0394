// Which saved examples become fixture tests: emit writes them, render and the run summary count them.
import type { ApiModel, ExampleModel } from '../model/types.js';

/** fetch returns only final statuses (200-599); others cannot be served to the client (PF112). */
export function servable(example: ExampleModel): boolean {
  return example.status >= 200 && example.status <= 599;
}

/** One fixture test per saved example, and one for each endpoint that has none. */
export function fixtureCount(api: ApiModel): number {
  return api.endpoints.reduce((n, e) => n + Math.max(1, e.examples.filter(servable).length), 0);
}
