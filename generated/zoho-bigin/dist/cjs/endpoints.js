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
 * The same call as `client.records.addRecords`, whose documentation shows an example.
 */
function addRecords(runtime, params, options) {
    return runtime.call(exports.specs.addRecords, params, options);
}
