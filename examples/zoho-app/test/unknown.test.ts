// Requests the package has no endpoint for fail loudly: the call rejects, and the report names the
// method and the path (never a quiet 404 an app test could pass on).
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environments } from 'zoho-crm';
import { handlers } from 'zoho-crm/mocks';
import { startMockServer, type MockServer } from 'zoho-crm/mocks/server';

describe('through MSW', () => {
  const reported: string[] = [];
  const msw = setupServer(...handlers({ baseUrl: environments.us, onUnmatched: (message) => reported.push(message) }));
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());

  it('an unknown path rejects and is reported with its method and path', async () => {
    await expect(fetch(`${environments.us}/crm/v2/Deals`)).rejects.toThrow(TypeError);
    expect(reported).toEqual([expect.stringMatching(/^postforge mocks: no endpoint matches GET \/crm\/v2\/Deals\. Endpoints: PUT \/crm\/v2\/Leads\/\{recordId\}/)]);
  });

  it("an endpoint's path with the wrong method rejects and names the endpoint", async () => {
    reported.length = 0;
    await expect(fetch(`${environments.us}/crm/v2.1/Leads/42/actions/convert`, { method: 'DELETE' })).rejects.toThrow(TypeError);
    expect(reported).toEqual([
      'postforge mocks: DELETE /crm/v2.1/Leads/42/actions/convert has the path of convertLead (POST /crm/v2.1/Leads/{leadId}/actions/convert), but not its method.',
    ]);
  });
});

describe('through the mock server', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ onUnmatched: () => {} });
  });
  afterAll(() => server.close());

  it('an unknown path has its connection dropped and is kept in unmatched', async () => {
    await expect(fetch(`${server.url}/crm/v2/Leads/42/notes`, { method: 'POST', body: '{}' })).rejects.toThrow(/fetch failed/);
    expect(server.unmatched).toEqual([expect.stringMatching(/^postforge mocks: no endpoint matches POST \/crm\/v2\/Leads\/42\/notes\./)]);
  });
});
