// The app's tests with the package's node:http mock server: a real socket on 127.0.0.1, no msw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from 'zoho-crm/mocks/server';
import { convertLeadToDeal, crmClient } from '../src/leads.js';
import { DEAL, savedConvertExample } from './expected.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ examples: { convertLead: { name: 'INVALID_REQUEST' } }, onUnmatched: () => {} });
});
afterAll(() => server.close());

describe('converting a lead, against the mock server', () => {
  it('gets the example the server was started with (INVALID_REQUEST, 400)', async () => {
    const saved = savedConvertExample('INVALID_REQUEST');
    expect(saved.status).toBe(400);
    const client = crmClient({ baseUrl: server.url }, 'test-token');
    expect(await convertLeadToDeal(client, '738964000002118026', DEAL)).toEqual({ kind: 'failed', status: 400, code: saved.body.code });
  });

  it('switches examples with use(): by status, then back to the default', async () => {
    const client = crmClient({ baseUrl: server.url }, 'test-token');
    server.use({ convertLead: { status: 202 } });
    expect(await convertLeadToDeal(client, '1', DEAL)).toMatchObject({ kind: 'not-converted', code: 'ID_ALREADY_CONVERTED' });
    server.use({});
    expect(await convertLeadToDeal(client, '1', DEAL)).toMatchObject({ kind: 'converted' });
    expect(server.unmatched).toEqual([]);
  });
});
