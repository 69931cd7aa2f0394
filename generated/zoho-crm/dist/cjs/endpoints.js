"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.specs = void 0;
exports.updateRecordsLeads = updateRecordsLeads;
exports.v2MassUpdateRecordsLeads = v2MassUpdateRecordsLeads;
exports.v21MassUpdateRecordsLeads = v21MassUpdateRecordsLeads;
exports.convertLead = convertLead;
/** What each endpoint sends, as data for the runtime (and for the mocks, which match requests by it); each spec's type names its endpoint's params and result, so the calls below need no cast. */
exports.specs = {
    updateRecordsLeads: {
        method: 'PUT',
        path: ['crm', 'v2', 'Leads', { param: 'recordId' }],
        headers: { 'Content-Type': 'application/json' },
        body: 'json',
        auth: 'bearer',
    },
    v2MassUpdateRecordsLeads: {
        method: 'POST',
        path: ['crm', 'v2', 'Leads', 'actions', 'mass_update'],
        body: 'json',
        auth: 'bearer',
    },
    v21MassUpdateRecordsLeads: {
        method: 'POST',
        path: ['crm', 'v2.1', 'Leads', 'actions', 'mass_update'],
        body: 'json',
        auth: 'bearer',
    },
    convertLead: {
        method: 'POST',
        path: ['crm', 'v2.1', 'Leads', { param: 'leadId' }, 'actions', 'convert'],
        body: 'json',
        auth: 'bearer',
    },
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
function updateRecordsLeads(runtime, params, options) {
    return runtime.call(exports.specs.updateRecordsLeads, params, options);
}
/**
 * To schedule mass update for Lead records
 *
 * `POST /crm/v2/Leads/actions/mass_update`
 *
 * Postman: V2 / Records API / Mass Update Records / Leads
 *
 * The same call as `client.v2.recordsApi.massUpdateRecords.leads`, whose documentation shows an example.
 */
function v2MassUpdateRecordsLeads(runtime, params, options) {
    return runtime.call(exports.specs.v2MassUpdateRecordsLeads, params, options);
}
/**
 * To schedule mass update for Lead records
 *
 * `POST /crm/v2.1/Leads/actions/mass_update`
 *
 * Postman: V2.1 / Records API / Mass Update Records / Leads
 *
 * The same call as `client.v21.recordsApi.massUpdateRecords.leads`, whose documentation shows an example.
 */
function v21MassUpdateRecordsLeads(runtime, params, options) {
    return runtime.call(exports.specs.v21MassUpdateRecordsLeads, params, options);
}
/**
 * To convert a lead into a contact or an account.
 *
 * `POST /crm/v2.1/Leads/{lead_id}/actions/convert`
 *
 * Postman: V2.1 / Records API / Convert Lead / Convert Lead
 *
 * The same call as `client.v21.recordsApi.convertLead`, whose documentation shows an example.
 */
function convertLead(runtime, params, options) {
    return runtime.call(exports.specs.convertLead, params, options);
}
