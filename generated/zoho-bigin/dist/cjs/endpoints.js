"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.specs = void 0;
exports.addRecords = addRecords;
/** What each endpoint sends, as data for the runtime (and for the mocks, which match requests by it); each spec's type names its endpoint's params and result, so the calls below need no cast. */
exports.specs = {
    addRecords: {
        method: 'POST',
        path: ['bigin', 'v2', { param: 'moduleApiName' }],
        headers: { 'Content-Type': 'application/json' },
        body: 'json',
        auth: 'oauth2',
    },
};
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
function addRecords(runtime, params, options) {
    return runtime.call(exports.specs.addRecords, params, options);
}
