// The app's tests with the package's MSW handlers: the client's real fetch is intercepted in process.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { environments } from 'zoho-crm';
import { handlers } from 'zoho-crm/mocks';
import { convertLeadToDeal, crmClient } from '../src/leads.js';
import { DEAL, savedConvertExample } from './expected.js';

const baseUrl = environments.us;
const unmatched: string[] = [];
const server = setupServer(...handlers({ baseUrl, onUnmatched: (message) => unmatched.push(message) }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  unmatched.length = 0;
});
afterAll(() => server.close());

describe('converting a lead, against the MSW mocks', () => {
  const client = crmClient({ environment: 'us' }, 'test-token');

  it('by default gets the first 2xx saved example (SUCCESS RESPONSE) and reads its ids', async () => {
    const saved = savedConvertExample('SUCCESS RESPONSE');
    const ids = saved.body.data?.[0];
    expect(await convertLeadToDeal(client, '738964000002118026', DEAL)).toEqual({
      kind: 'converted',
      contactId: ids?.['Contacts'],
      dealId: ids?.['Deals'],
      accountId: ids?.['Accounts'],
    });
    expect(unmatched).toEqual([]);
  });

  it('gets the example picked by status: the first 202 (ID_ALREADY_CONVERTED)', async () => {
    server.use(...handlers({ baseUrl, examples: { convertLead: { status: 202 } } }));
    const saved = savedConvertExample('ID_ALREADY_CONVERTED');
    expect(saved.status).toBe(202);
    expect(await convertLeadToDeal(client, '1', DEAL)).toMatchObject({ kind: 'not-converted', code: saved.body.data?.[0]?.['code'] });
  });

  it('gets the example picked by name (RECORD_LOCKED, a later 202)', async () => {
    server.use(...handlers({ baseUrl, examples: { convertLead: { name: 'RECORD_LOCKED' } } }));
    expect(await convertLeadToDeal(client, '1', DEAL)).toMatchObject({ kind: 'not-converted', code: 'RECORD_LOCKED' });
  });

  it('gets an error status the same way (AUTHENTICATION_FAILURE, 401)', async () => {
    server.use(...handlers({ baseUrl, examples: { convertLead: { name: 'AUTHENTICATION_FAILURE' } } }));
    const saved = savedConvertExample('AUTHENTICATION_FAILURE');
    expect(await convertLeadToDeal(client, '1', DEAL)).toEqual({ kind: 'failed', status: 401, code: saved.body.code });
  });

  it('refuses, when the handlers are made, a pick no saved example answers', () => {
    expect(() => handlers({ baseUrl, examples: { convertLead: { index: 99 } } })).toThrow(
      /convertLead has no saved example \{"index":99\}; saved: \[0\] 200 "SUCCESS RESPONSE", \[1\] 202 "ID_ALREADY_CONVERTED"/,
    );
    // @ts-expect-error: a misspelt example name is a compile error too (names are typed per endpoint).
    expect(() => handlers({ baseUrl, examples: { convertLead: { name: 'SUCCES RESPONSE' } } })).toThrow(/no saved example/);
  });
});
