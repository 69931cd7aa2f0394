import type { RequestOptions, Runtime } from './runtime/index.js';
import type { UpdateRecordsLeadsParams, UpdateRecordsLeadsResult, V2MassUpdateRecordsLeadsParams, V2MassUpdateRecordsLeadsResult, V21MassUpdateRecordsLeadsParams, V21MassUpdateRecordsLeadsResult, ConvertLeadParams, ConvertLeadResult } from './types.js';
/** What each endpoint sends, as data for the runtime (and for the mocks, which match requests by it). */
export declare const specs: {
    readonly updateRecordsLeads: {
        readonly method: "PUT";
        readonly path: readonly ["crm", "v2", "Leads", {
            readonly param: "recordId";
        }];
        readonly headers: {
            readonly 'Content-Type': "application/json";
        };
        readonly body: "json";
        readonly auth: "bearer";
    };
    readonly v2MassUpdateRecordsLeads: {
        readonly method: "POST";
        readonly path: readonly ["crm", "v2", "Leads", "actions", "mass_update"];
        readonly body: "json";
        readonly auth: "bearer";
    };
    readonly v21MassUpdateRecordsLeads: {
        readonly method: "POST";
        readonly path: readonly ["crm", "v2.1", "Leads", "actions", "mass_update"];
        readonly body: "json";
        readonly auth: "bearer";
    };
    readonly convertLead: {
        readonly method: "POST";
        readonly path: readonly ["crm", "v2.1", "Leads", {
            readonly param: "leadId";
        }, "actions", "convert"];
        readonly body: "json";
        readonly auth: "bearer";
    };
};
/**
 * To update existing entities in the module.
 *
 * `PUT /crm/v2/Leads/{record-id}`
 *
 * Postman: V2 / Records API / Update Records / Leads
 */
export declare function updateRecordsLeads(runtime: Runtime, params: UpdateRecordsLeadsParams, options?: RequestOptions): Promise<UpdateRecordsLeadsResult>;
/**
 * To schedule mass update for Lead records
 *
 * `POST /crm/v2/Leads/actions/mass_update`
 *
 * Postman: V2 / Records API / Mass Update Records / Leads
 */
export declare function v2MassUpdateRecordsLeads(runtime: Runtime, params: V2MassUpdateRecordsLeadsParams, options?: RequestOptions): Promise<V2MassUpdateRecordsLeadsResult>;
/**
 * To schedule mass update for Lead records
 *
 * `POST /crm/v2.1/Leads/actions/mass_update`
 *
 * Postman: V2.1 / Records API / Mass Update Records / Leads
 */
export declare function v21MassUpdateRecordsLeads(runtime: Runtime, params: V21MassUpdateRecordsLeadsParams, options?: RequestOptions): Promise<V21MassUpdateRecordsLeadsResult>;
/**
 * To convert a lead into a contact or an account.
 *
 * `POST /crm/v2.1/Leads/{lead_id}/actions/convert`
 *
 * Postman: V2.1 / Records API / Convert Lead / Convert Lead
 */
export declare function convertLead(runtime: Runtime, params: ConvertLeadParams, options?: RequestOptions): Promise<ConvertLeadResult>;
