// What the app should make of a saved example, read from the example itself (the package exports
// them): the tests compare the app's outcome with the saved response, not with copied values.
import { examples } from 'zoho-crm/mocks/server';

type SavedName = (typeof examples.convertLead)[number]['name'];

export function savedConvertExample(name: SavedName): { status: number; body: { data?: Array<Record<string, string>>; code?: string } } {
  const saved = examples.convertLead.find((e) => e.name === name);
  if (!saved) throw new Error(`zoho-crm has no saved convertLead example ${name}`);
  return { status: saved.status, body: JSON.parse(saved.body) as { data?: Array<Record<string, string>>; code?: string } };
}

export const DEAL = { name: 'Sample', amount: 5000, closingDate: '2021-01-25' } as const;
