import { type Credential, type RequestOptions, type RuntimeConfig } from './runtime/index.js';
import type { UpdateRecordsLeadsParams, V2MassUpdateRecordsLeadsParams, V21MassUpdateRecordsLeadsParams, ConvertLeadParams } from './types.js';
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
/** A client for Zoho CRM: every endpoint, grouped by the collection's folders. */
export declare function createClient(options: ClientOptions): {
    /** V2 */
    v2: {
        /** Records API */
        recordsApi: {
            /** Update Records */
            updateRecords: {
                /**
                 * To update existing entities in the module.
                 *
                 * `PUT /crm/v2/Leads/{record-id}`
                 *
                 * Postman: V2 / Records API / Update Records / Leads
                 */
                leads: (params: UpdateRecordsLeadsParams, options?: RequestOptions) => Promise<import("./types.js").UpdateRecordsLeadsResult>;
            };
            /** Mass Update Records */
            massUpdateRecords: {
                /**
                 * To schedule mass update for Lead records
                 *
                 * `POST /crm/v2/Leads/actions/mass_update`
                 *
                 * Postman: V2 / Records API / Mass Update Records / Leads
                 */
                leads: (params: V2MassUpdateRecordsLeadsParams, options?: RequestOptions) => Promise<import("./types.js").V2MassUpdateRecordsLeadsResult>;
            };
        };
    };
    /** V2.1 */
    v21: {
        /** Records API */
        recordsApi: {
            /** Mass Update Records */
            massUpdateRecords: {
                /**
                 * To schedule mass update for Lead records
                 *
                 * `POST /crm/v2.1/Leads/actions/mass_update`
                 *
                 * Postman: V2.1 / Records API / Mass Update Records / Leads
                 */
                leads: (params: V21MassUpdateRecordsLeadsParams, options?: RequestOptions) => Promise<import("./types.js").V21MassUpdateRecordsLeadsResult>;
            };
            /**
             * To convert a lead into a contact or an account.
             *
             * `POST /crm/v2.1/Leads/{lead_id}/actions/convert`
             *
             * Postman: V2.1 / Records API / Convert Lead / Convert Lead
             */
            convertLead: (params: ConvertLeadParams, options?: RequestOptions) => Promise<import("./types.js").ConvertLeadResult>;
        };
    };
};
export type Client = ReturnType<typeof createClient>;
