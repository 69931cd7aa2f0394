// The generated Zoho CRM package used as an application would use it: through its public entry
// point, with a stub fetch. The type assertions here are checked by `npm run typecheck` (the root
// tsconfig includes test/): a change that loosens the generated types fails the typecheck.
import { describe, expect, it } from 'vitest';
import { createClient, environments, type UpdateRecordsLeadsBody } from '../../generated/zoho-crm/src/index.js';

/** Zoho's per-record answer to an update that misses a mandatory field: HTTP 202 with an error code inside. */
const MANDATORY_NOT_FOUND = {
  data: [{ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Last_Name' }, message: 'required field not found', status: 'error' }],
};

const lead: NonNullable<UpdateRecordsLeadsBody['data']>[number] = {
  Owner: { id: '738964000000291009' },
  Last_Name: 'Smith',
  Email: 'jane.smith@example.com',
  Description: 'Met at the trade fair',
  Rating: 'Acquired',
  Website: 'example.com',
  Twitter: 'janesmith',
  Salutation: 'Ms.',
  First_Name: 'Jane',
  Lead_Status: 'Attempted to Contact',
  Industry: 'ASP',
  Skype_ID: 'jane.smith',
  Phone: '555 0100',
  Street: '1 Main Street',
  Zip_Code: '10001',
  Email_Opt_Out: false,
  Designation: 'CTO',
  City: 'Dublin',
  No_of_Employees: 120,
  Mobile: '555 0101',
  State: 'Leinster',
  Lead_Source: 'Advertisement',
  Country: 'Ireland',
  Fax: '555 0102',
  Annual_Revenue: 1000000.5,
  Secondary_Email: 'jane@example.org',
};

/** A fetch that records each request and answers with `status` and `body`. */
function stubFetch(status: number, body: unknown, contentType = 'application/json;charset=utf-8') {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    requests.push(new Request(input, init));
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': contentType } });
  };
  return { fetch, requests };
}

describe('consumer: Zoho CRM client', () => {
  it('updates a lead in the EU data centre and narrows the 202 per-record error by status', async () => {
    const stub = stubFetch(202, MANDATORY_NOT_FOUND);
    const client = createClient({ environment: 'eu', auth: { bearer: 'x' }, fetch: stub.fetch });

    const res = await client.v2.recordsApi.updateRecords.leads({ path: { recordId: '1' }, body: { data: [lead] } });

    // @ts-expect-error: before narrowing by status, `data` may be any status's body (or unknown).
    void res.data.data;
    expect(res.status).toBe(202);
    if (res.status !== 202) throw new Error(`unexpected status ${res.status}`);
    const code: string = res.data.data[0]!.code;
    const field: string | undefined = res.data.data[0]!.details.api_name;
    expect(code).toBe('MANDATORY_NOT_FOUND');
    expect(field).toBe('Last_Name');

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.url.startsWith('https://www.zohoapis.eu')).toBe(true);
    expect(request!.url).toBe('https://www.zohoapis.eu/crm/v2/Leads/1');
    expect(request!.method).toBe('PUT');
    expect(request!.headers.get('authorization')).toBe('Bearer x');
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(await request!.json()).toEqual({ data: [lead] });
  });

  it('narrows a 200 to its own body type', async () => {
    const stub = stubFetch(200, { data: [{ code: 'SUCCESS', details: { id: '1', Modified_Time: '2021-05-11T18:22:30+05:30', Modified_By: { name: 'A', id: '2' }, Created_Time: '2021-05-11T18:22:30+05:30', Created_By: { name: 'A', id: '2' } }, message: 'record updated', status: 'success' }] });
    const client = createClient({ environment: 'us', auth: { bearer: () => 'refreshed-token' }, fetch: stub.fetch });
    const res = await client.v2.recordsApi.updateRecords.leads({ path: { recordId: '738964000002148061' }, body: { data: [lead] } });
    if (res.status !== 200) throw new Error(`unexpected status ${res.status}`);
    const id: string = res.data.data[0]!.details.id;
    expect(id).toBe('1');
    expect(stub.requests[0]!.url).toBe(`${environments.us}/crm/v2/Leads/738964000002148061`);
    expect(stub.requests[0]!.headers.get('authorization')).toBe('Bearer refreshed-token');
  });

  it('returns a status the collection never saved as unknown data, without throwing', async () => {
    const stub = stubFetch(503, 'Service Unavailable', 'text/plain');
    const client = createClient({ baseUrl: 'https://crm.example.test', auth: { bearer: 'x' }, fetch: stub.fetch });
    const res = await client.v2.recordsApi.updateRecords.leads({ path: { recordId: 7 }, body: { data: [lead] } });
    expect(res.status).toBe(503);
    if (res.status === 503) {
      // @ts-expect-error: an unexpected status has `unknown` data.
      void res.data.length;
      expect(res.data).toBe('Service Unavailable');
    }
    expect(stub.requests[0]!.url).toBe('https://crm.example.test/crm/v2/Leads/7');
  });

  it('rejects wrong calls at compile time', () => {
    const client = createClient({ environment: 'eu', auth: { bearer: 'x' }, fetch: stubFetch(200, {}).fetch });
    // Type-level only: the calls are never made.
    const typeChecks = () => [
      client.v2.recordsApi.updateRecords.leads({
        path: { recordId: '1' },
        // @ts-expect-error: `data` is an array of lead records, not a string.
        body: { data: 'not an array' },
      }),
      // A PUT body is partial (config partialBodies): a one-field update compiles without a cast.
      client.v2.recordsApi.updateRecords.leads({ path: { recordId: '1' }, body: { data: [{ Last_Name: 'Boyle' }] } }),
      // @ts-expect-error: a misspelt field is still refused in a partial body.
      client.v2.recordsApi.updateRecords.leads({ path: { recordId: '1' }, body: { data: [{ Last_Nme: 'Boyle' }] } }),
      // @ts-expect-error: so is a wrong value type.
      client.v2.recordsApi.updateRecords.leads({ path: { recordId: '1' }, body: { data: [{ Last_Name: 42 }] } }),
      // @ts-expect-error: the record id is a required path param.
      client.v2.recordsApi.updateRecords.leads({ body: { data: [lead] } }),
      // @ts-expect-error: path params are camelCased: `recordId`, not `record-id`.
      client.v2.recordsApi.updateRecords.leads({ path: { 'record-id': '1' }, body: { data: [lead] } }),
      // @ts-expect-error: only the collection's environments exist.
      createClient({ environment: 'mars' }),
      // @ts-expect-error: an environment or a base URL, not both.
      createClient({ environment: 'eu', baseUrl: 'https://x.test' }),
    ];
    expect(typeof typeChecks).toBe('function');
  });
});
