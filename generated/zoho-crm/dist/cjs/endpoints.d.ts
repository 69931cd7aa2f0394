import type { RequestOptions, Runtime, TypedEndpointSpec } from './runtime/index.js';
import type { UpdateRecordsLeadsParams, UpdateRecordsLeadsResult, V2MassUpdateRecordsLeadsParams, V2MassUpdateRecordsLeadsResult, V21MassUpdateRecordsLeadsParams, V21MassUpdateRecordsLeadsResult, ConvertLeadParams, ConvertLeadResult } from './types.js';
/** What each endpoint sends, as data for the runtime (and for the mocks, which match requests by it); each spec's type names its endpoint's params and result, so the calls below need no cast. */
export declare const specs: {
    readonly updateRecordsLeads: TypedEndpointSpec<UpdateRecordsLeadsParams, UpdateRecordsLeadsResult>;
    readonly v2MassUpdateRecordsLeads: TypedEndpointSpec<V2MassUpdateRecordsLeadsParams, V2MassUpdateRecordsLeadsResult>;
    readonly v21MassUpdateRecordsLeads: TypedEndpointSpec<V21MassUpdateRecordsLeadsParams, V21MassUpdateRecordsLeadsResult>;
    readonly convertLead: TypedEndpointSpec<ConvertLeadParams, ConvertLeadResult>;
};
/**
 * To update existing entities in the module.
 *
 * `PUT /crm/v2/Leads/{record-id}`
 *
 * Postman: V2 / Records API / Update Records / Leads
 *
 * The same call as `client.v2.recordsApi.updateRecords.leads`, whose documentation shows an example.
 */
export declare function updateRecordsLeads(runtime: Runtime, params: UpdateRecordsLeadsParams, options?: RequestOptions): Promise<UpdateRecordsLeadsResult>;
/**
 * To schedule mass update for Lead records
 *
 * `POST /crm/v2/Leads/actions/mass_update`
 *
 * Postman: V2 / Records API / Mass Update Records / Leads
 *
 * The same call as `client.v2.recordsApi.massUpdateRecords.leads`, whose documentation shows an example.
 */
export declare function v2MassUpdateRecordsLeads(runtime: Runtime, params: V2MassUpdateRecordsLeadsParams, options?: RequestOptions): Promise<V2MassUpdateRecordsLeadsResult>;
/**
 * To schedule mass update for Lead records
 *
 * `POST /crm/v2.1/Leads/actions/mass_update`
 *
 * Postman: V2.1 / Records API / Mass Update Records / Leads
 *
 * The same call as `client.v21.recordsApi.massUpdateRecords.leads`, whose documentation shows an example.
 */
export declare function v21MassUpdateRecordsLeads(runtime: Runtime, params: V21MassUpdateRecordsLeadsParams, options?: RequestOptions): Promise<V21MassUpdateRecordsLeadsResult>;
/**
 * To convert a lead into a contact or an account.
 *
 * `POST /crm/v2.1/Leads/{lead_id}/actions/convert`
 *
 * Postman: V2.1 / Records API / Convert Lead / Convert Lead
 *
 * The same call as `client.v21.recordsApi.convertLead`, whose documentation shows an example.
 */
export declare function convertLead(runtime: Runtime, params: ConvertLeadParams, options?: RequestOptions): Promise<ConvertLeadResult>;
