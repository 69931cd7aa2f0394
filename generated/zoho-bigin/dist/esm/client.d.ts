import { type Credential, type RequestOptions, type RuntimeConfig } from './runtime/index.js';
import type { AddRecordsParams, AddRecordsResult } from './types.js';
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
    readonly oauth2: {
        readonly type: "oauth2";
        readonly in: "header";
        readonly prefix: "Zoho-oauthtoken";
    };
};
/** Credentials, one per auth scheme: a string, or a function returning one (called for every request). */
export interface Auth {
    /** OAuth 2.0 access token, sent as `Authorization: Zoho-oauthtoken <token>`. */
    oauth2?: Credential;
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
/** Every endpoint of Zoho Bigin, grouped by the collection's folders: what createClient() returns. */
export type Client = {
    /** Records */
    readonly records: {
        /**
         * Add new records to a module and receive the record IDs upon a successful API call. The records include contacts, pipelines, companies, products, events, calls, and so on.
         *
         * **Notes**
         *
         * - Send only one JSON object in the input to insert a single record.
         * - A field value longer than the field's maximum length is an error (also when the API is called from a Function).
         * - Every call runs a duplicate check on the unique fields; give unique values for them.
         * - At most 100 records per call.
         * - Use field API names only (the `api_name` values of the Fields metadata API).
         * - The trigger input is `"workflow"`: without a `trigger` value the module's workflows run; pass `"trigger": []` to skip them.
         *
         * `POST /bigin/v2/{module_api_name}`
         *
         * Postman: Records / Add records
         *
         * @example
         * ```ts
         * const res = await client.records.addRecords({
         *   path: { moduleApiName: "Contacts" },
         *   body: {
         *     data: [
         *       {
         *         Owner: { id: "2034020000000457001" },
         *         Account_Name: { id: "2034020000000489159" },
         *         First_Name: "Sarah",
         *         Last_Name: "Johnson",
         *         Title: "HR Director",
         *         Email: "sarah.johnson@example.com",
         *         Mobile: "+1 (555) 987-6543",
         *         Email_Opt_Out: true,
         *         Tag: [{ name: "Recruitment" }],
         *         Description: "Manages all aspects of human resources and recruitment processes.",
         *         Mailing_Street: "456 Elm Avenue",
         *         Mailing_City: "Springfield",
         *         Mailing_State: "Illinois",
         *         Mailing_Country: "United States",
         *         Mailing_Zip: "67890",
         *       },
         *       {
         *         Owner: { id: "2034020000000457001" },
         *         Account_Name: { id: "2034020000000489159" },
         *         First_Name: "Robert",
         *         Last_Name: "Williams",
         *         Title: "Manager",
         *         Email: "robert.williams@example.com",
         *         Mobile: "+1 (555) 246-8135",
         *         Email_Opt_Out: false,
         *         Tag: [],
         *         Description: "Manager responsible for overall team strategy and decision-making.",
         *         Mailing_Street: "789 Oak Lane",
         *         Mailing_City: "Metropolis",
         *         Mailing_State: "New York",
         *         Mailing_Country: "United States",
         *         Mailing_Zip: "54321",
         *       },
         *     ],
         *   },
         * });
         * ```
         * ```sh
         * curl 'https://www.zohoapis.com/bigin/v2/Contacts' \
         *   -X 'POST' \
         *   -H 'Authorization: Zoho-oauthtoken '"$ZOHO_BIGIN_TOKEN" \
         *   -H 'Content-Type: application/json' \
         *   --data-raw '{"data":[{"Owner":{"id":"2034020000000457001"},"Account_Name":{"id":"2034020000000489159"},"First_Name":"Sarah","Last_Name":"Johnson","Title":"HR Director","Email":"sarah.johnson@example.com","Mobile":"+1 (555) 987-6543","Email_Opt_Out":true,"Tag":[{"name":"Recruitment"}],"Description":"Manages all aspects of human resources and recruitment processes.","Mailing_Street":"456 Elm Avenue","Mailing_City":"Springfield","Mailing_State":"Illinois","Mailing_Country":"United States","Mailing_Zip":"67890"},{"Owner":{"id":"2034020000000457001"},"Account_Name":{"id":"2034020000000489159"},"First_Name":"Robert","Last_Name":"Williams","Title":"Manager","Email":"robert.williams@example.com","Mobile":"+1 (555) 246-8135","Email_Opt_Out":false,"Tag":[],"Description":"Manager responsible for overall team strategy and decision-making.","Mailing_Street":"789 Oak Lane","Mailing_City":"Metropolis","Mailing_State":"New York","Mailing_Country":"United States","Mailing_Zip":"54321"}]}'
         * ```
         */
        readonly addRecords: (params: AddRecordsParams, options?: RequestOptions) => Promise<AddRecordsResult>;
    };
};
/** A client for Zoho Bigin: every endpoint, grouped by the collection's folders. */
export declare function createClient(options: ClientOptions): Client;
