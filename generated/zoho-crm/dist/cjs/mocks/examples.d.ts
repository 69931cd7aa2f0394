import { type MockEndpoint, type SavedExample } from './saved-example.js';
/** Every endpoint's saved example responses, by function name, as the collection saved them (credentials redacted). */
export declare const examples: {
    readonly [Operation in keyof ExampleChoices]: readonly SavedExample[];
};
/** Per endpoint: the names and statuses its saved examples can be picked by. */
export type ExampleChoices = {
    updateRecordsLeads: {
        name: 'SUCCESS RESPONSE' | 'INVALID_MODULE' | 'INVALID_DATA' | 'MANDATORY_NOT_FOUND' | 'INVALID_REQUEST_METHOD' | 'DUPLICATE_DATA' | 'OAUTH_SCOPE_MISMATCH' | 'NOT_APPROVED' | 'RECORD_LOCKED';
        status: 200 | 202 | 400 | 401;
    };
    v2MassUpdateRecordsLeads: {
        name: 'SUCCESS RESPONSE' | 'INVALID_DATA (no field)' | 'INVALID_DATA (field)' | 'MANDATORY_NOT_FOUND' | 'INVALID_REQUEST_METHOD' | 'AUTHENTICATION_FAILURE' | 'NOT_APPROVED' | 'RECORD_LOCKED';
        status: 200 | 400 | 401;
    };
    v21MassUpdateRecordsLeads: {
        name: 'SUCCESS RESPONSE' | 'INVALID_DATA (no field)' | 'INVALID DATA (field)' | 'Multi-Status error' | 'MANDATORY_NOT_FOUND' | 'INVALID_REQUEST_METHOD' | 'AUTHENTICATION_FAILURE' | 'OAUTH_SCOPE_MISMATCH' | 'NOT_APPROVED' | 'RECORD_LOCKED';
        status: 200 | 207 | 400 | 401;
    };
    convertLead: {
        name: 'SUCCESS RESPONSE' | 'ID_ALREADY_CONVERTED' | 'INVALID_REQUEST_METHOD' | 'AUTHENTICATION_FAILURE' | 'INVALID_DATA' | 'DUPLICATE_DATA' | 'INVALID_REQUEST' | 'NOT_APPROVED' | 'RECORD_LOCKED';
        status: 200 | 202 | 400 | 401;
    };
};
/** The endpoints as the mocks match requests: by the specs the client sends them by. */
export declare const mockEndpoints: readonly MockEndpoint[];
