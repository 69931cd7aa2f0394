// The app's own code on the generated zoho-crm package: it imports `zoho-crm` as any app does.
import { createClient, type Client, type Environment } from 'zoho-crm';

export type ConvertOutcome =
  | { readonly kind: 'converted'; readonly contactId: string; readonly dealId: string; readonly accountId: string }
  /** Zoho took the request but did not convert (already converted, locked, …). */
  | { readonly kind: 'not-converted'; readonly code: string; readonly message: string }
  | { readonly kind: 'failed'; readonly status: number; readonly code: string };

export interface Deal {
  readonly name: string;
  readonly amount: number;
  /** `YYYY-MM-DD` */
  readonly closingDate: string;
}

export function crmClient(where: { environment: Environment } | { baseUrl: string }, token: string): Client {
  const auth = { bearer: token };
  return 'baseUrl' in where ? createClient({ baseUrl: where.baseUrl, auth }) : createClient({ environment: where.environment, auth });
}

/** Converts a lead into a contact, an account and a deal, and says what came of it. */
export async function convertLeadToDeal(client: Client, leadId: string, deal: Deal): Promise<ConvertOutcome> {
  const res = await client.v21.recordsApi.convertLead({
    path: { leadId },
    body: {
      data: [
        {
          overwrite: true,
          notify_lead_owner: true,
          notify_new_entity_owner: true,
          Deals: { Deal_Name: deal.name, Closing_Date: deal.closingDate, Stage: 'Closed Won', Amount: deal.amount, Pipeline: 'Standard (Standard)' },
          carry_over_tags: { Contacts: [], Accounts: [], Deals: [] },
        },
      ],
    },
  });
  switch (res.status) {
    case 200: {
      const [converted] = res.data.data;
      if (!converted) return { kind: 'failed', status: res.status, code: 'EMPTY_RESPONSE' };
      return { kind: 'converted', contactId: converted.Contacts, dealId: converted.Deals, accountId: converted.Accounts };
    }
    case 202: {
      const [refused] = res.data.data;
      return { kind: 'not-converted', code: refused?.code ?? 'UNKNOWN', message: refused?.message ?? '' };
    }
    case 400:
    case 401:
      return { kind: 'failed', status: res.status, code: res.data.code };
    default:
      return { kind: 'failed', status: res.status, code: 'UNEXPECTED_STATUS' };
  }
}
