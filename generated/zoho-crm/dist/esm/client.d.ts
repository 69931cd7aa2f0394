import { type Credential, type RequestOptions, type RuntimeConfig } from './runtime/index.js';
import type { UpdateRecordsLeadsParams, UpdateRecordsLeadsResult, V2MassUpdateRecordsLeadsParams, V2MassUpdateRecordsLeadsResult, V21MassUpdateRecordsLeadsParams, V21MassUpdateRecordsLeadsResult, ConvertLeadParams, ConvertLeadResult } from './types.js';
/** The collection's environments, by name: each gives the base URL (`{{api-domain}}`). */
export declare const environments: {
    readonly us: "https://www.zohoapis.com";
    readonly eu: "https://www.zohoapis.eu";
    readonly au: "https://www.zohoapis.com.au";
    readonly in: "https://www.zohoapis.in";
    readonly cn: "https://www.zohoapis.com.cn";
    readonly jp: "https://www.zohoapis.jp";
};
export type Environment = keyof typeof environments;
/** How each auth scheme signs a request (from the collection's auth blocks). */
export declare const authSchemes: {
    readonly bearer: {
        readonly type: "bearer";
        readonly in: "header";
        readonly prefix: "Bearer";
    };
};
/** Credentials, one per auth scheme: a string, or a function returning one (called for every request). */
export interface Auth {
    /** Bearer token, sent as `Authorization: Bearer <token>`. */
    bearer?: Credential;
}
/** Where to send requests and how to sign them; optionally a custom fetch, headers sent with every request, retries (`maxRetries`, default 2; `retryNonIdempotent`), a per-attempt `timeout` (default 60,000 ms) and `beforeRequest`/`afterResponse` hooks. */
export type ClientOptions = ({
    environment: Environment;
    baseUrl?: undefined;
} | {
    baseUrl: string;
    environment?: undefined;
}) & {
    auth?: Auth;
} & Pick<RuntimeConfig, 'fetch' | 'headers' | 'sign' | 'maxRetries' | 'timeout' | 'retryNonIdempotent' | 'beforeRequest' | 'afterResponse'>;
/** Every endpoint of Zoho CRM, grouped by the collection's folders: what createClient() returns. */
export type Client = {
    /** V2 */
    readonly v2: {
        /** Records API */
        readonly recordsApi: {
            /** Update Records */
            readonly updateRecords: {
                /**
                 * To update existing entities in the module.
                 *
                 * `PUT /crm/v2/Leads/{record-id}`
                 *
                 * Postman: V2 / Records API / Update Records / Leads
                 *
                 * @example
                 * ```ts
                 * const res = await client.v2.recordsApi.updateRecords.leads({
                 *   path: { recordId: "738964000002148061" },
                 *   body: {
                 *     data: [
                 *       {
                 *         Last_Name: "Last_Name",
                 *         Email: "newcrmapi@zoho.com",
                 *         Description: "Design your own layouts that align your business processes precisely. Assign them to profiles appropriately.",
                 *         Rating: "Acquired",
                 *         Website: "crm.zoho.com",
                 *         Twitter: "Twitter",
                 *         Salutation: "Mr.",
                 *         First_Name: "First_Name",
                 *         Lead_Status: "Attempted to Contact",
                 *         Industry: "ASP",
                 *         Skype_ID: "Skype_ID",
                 *         Phone: "98883434559",
                 *         Street: "Street",
                 *         Zip_Code: "Zip_Code",
                 *         Email_Opt_Out: false,
                 *         Designation: "Designation",
                 *         City: "City",
                 *         No_of_Employees: 1791,
                 *         Mobile: "98883434559",
                 *         State: "State",
                 *         Lead_Source: "Advertisement",
                 *         Country: "Country",
                 *         Fax: "Fax",
                 *         Annual_Revenue: 136.67,
                 *         Secondary_Email: "newcrmapi@zoho.com",
                 *       },
                 *     ],
                 *   },
                 * });
                 * ```
                 * ```sh
                 * curl 'https://www.zohoapis.com/crm/v2/Leads/738964000002148061' \
                 *   -X 'PUT' \
                 *   -H 'Authorization: Bearer '"$ZOHO_CRM_TOKEN" \
                 *   -H 'Content-Type: application/json' \
                 *   --data-raw '{"data":[{"Last_Name":"Last_Name","Email":"newcrmapi@zoho.com","Description":"Design your own layouts that align your business processes precisely. Assign them to profiles appropriately.","Rating":"Acquired","Website":"crm.zoho.com","Twitter":"Twitter","Salutation":"Mr.","First_Name":"First_Name","Lead_Status":"Attempted to Contact","Industry":"ASP","Skype_ID":"Skype_ID","Phone":"98883434559","Street":"Street","Zip_Code":"Zip_Code","Email_Opt_Out":false,"Designation":"Designation","City":"City","No_of_Employees":1791,"Mobile":"98883434559","State":"State","Lead_Source":"Advertisement","Country":"Country","Fax":"Fax","Annual_Revenue":136.67,"Secondary_Email":"newcrmapi@zoho.com"}]}'
                 * ```
                 */
                readonly leads: (params: UpdateRecordsLeadsParams, options?: RequestOptions) => Promise<UpdateRecordsLeadsResult>;
            };
            /** Mass Update Records */
            readonly massUpdateRecords: {
                /**
                 * To schedule mass update for Lead records
                 *
                 * `POST /crm/v2/Leads/actions/mass_update`
                 *
                 * Postman: V2 / Records API / Mass Update Records / Leads
                 *
                 * @example
                 * ```ts
                 * const res = await client.v2.recordsApi.massUpdateRecords.leads({
                 *   body: {
                 *     data: [{ No_of_Employees: 1000 }],
                 *     over_write: true,
                 *     ids: ["738964000002131001", "738964000002130131"],
                 *   },
                 * });
                 * ```
                 * ```sh
                 * curl 'https://www.zohoapis.com/crm/v2/Leads/actions/mass_update' \
                 *   -X 'POST' \
                 *   -H 'Authorization: Bearer '"$ZOHO_CRM_TOKEN" \
                 *   -H 'Content-Type: application/json' \
                 *   --data-raw '{"data":[{"No_of_Employees":1000}],"over_write":true,"ids":["738964000002131001","738964000002130131"]}'
                 * ```
                 */
                readonly leads: (params: V2MassUpdateRecordsLeadsParams, options?: RequestOptions) => Promise<V2MassUpdateRecordsLeadsResult>;
            };
        };
    };
    /** V2.1 */
    readonly v21: {
        /** Records API */
        readonly recordsApi: {
            /** Mass Update Records */
            readonly massUpdateRecords: {
                /**
                 * To schedule mass update for Lead records
                 *
                 * `POST /crm/v2.1/Leads/actions/mass_update`
                 *
                 * Postman: V2.1 / Records API / Mass Update Records / Leads
                 *
                 * @example
                 * ```ts
                 * const res = await client.v21.recordsApi.massUpdateRecords.leads({
                 *   body: {
                 *     data: [{ No_of_Employees: 1000 }],
                 *     over_write: true,
                 *     ids: ["738964000002131264", "738964000002131001", "738964000002130131"],
                 *   },
                 * });
                 * ```
                 * ```sh
                 * curl 'https://www.zohoapis.com/crm/v2.1/Leads/actions/mass_update' \
                 *   -X 'POST' \
                 *   -H 'Authorization: Bearer '"$ZOHO_CRM_TOKEN" \
                 *   -H 'Content-Type: application/json' \
                 *   --data-raw '{"data":[{"No_of_Employees":1000}],"over_write":true,"ids":["738964000002131264","738964000002131001","738964000002130131"]}'
                 * ```
                 */
                readonly leads: (params: V21MassUpdateRecordsLeadsParams, options?: RequestOptions) => Promise<V21MassUpdateRecordsLeadsResult>;
            };
            /**
             * To convert a lead into a contact or an account.
             *
             * `POST /crm/v2.1/Leads/{lead_id}/actions/convert`
             *
             * Postman: V2.1 / Records API / Convert Lead / Convert Lead
             *
             * @example
             * ```ts
             * const res = await client.v21.recordsApi.convertLead({
             *   path: { leadId: "738964000002118026" },
             *   body: {
             *     data: [
             *       {
             *         overwrite: true,
             *         notify_lead_owner: true,
             *         notify_new_entity_owner: true,
             *         Accounts: "738964000002058030",
             *         Contacts: "738964000002058055",
             *         assign_to: "738964000000291009",
             *         Deals: {
             *           Deal_Name: "Sample",
             *           Closing_Date: "2021-01-25",
             *           Stage: "Closed Won",
             *           Amount: 5000,
             *           Pipeline: "Standard (Standard)",
             *         },
             *         carry_over_tags: {
             *           Contacts: ["tag1", "tag2"],
             *           Accounts: ["tag1"],
             *           Deals: ["tag1"],
             *         },
             *       },
             *     ],
             *   },
             * });
             * ```
             * ```sh
             * curl 'https://www.zohoapis.com/crm/v2.1/Leads/738964000002118026/actions/convert' \
             *   -X 'POST' \
             *   -H 'Authorization: Bearer '"$ZOHO_CRM_TOKEN" \
             *   -H 'Content-Type: application/json' \
             *   --data-raw '{"data":[{"overwrite":true,"notify_lead_owner":true,"notify_new_entity_owner":true,"Accounts":"738964000002058030","Contacts":"738964000002058055","assign_to":"738964000000291009","Deals":{"Deal_Name":"Sample","Closing_Date":"2021-01-25","Stage":"Closed Won","Amount":5000,"Pipeline":"Standard (Standard)"},"carry_over_tags":{"Contacts":["tag1","tag2"],"Accounts":["tag1"],"Deals":["tag1"]}}]}'
             * ```
             */
            readonly convertLead: (params: ConvertLeadParams, options?: RequestOptions) => Promise<ConvertLeadResult>;
        };
    };
};
/** A client for Zoho CRM: every endpoint, grouped by the collection's folders. */
export declare function createClient(options: ClientOptions): Client;
