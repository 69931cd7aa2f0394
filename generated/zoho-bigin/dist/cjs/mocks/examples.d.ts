import { type MockEndpoint, type SavedExample } from './saved-example.js';
/** Every endpoint's saved example responses, by function name, as the collection saved them (credentials redacted). */
export declare const examples: {
    readonly [Operation in keyof ExampleChoices]: readonly SavedExample[];
};
/** Per endpoint: the names and statuses its saved examples can be picked by. */
export type ExampleChoices = {
    addRecords: {
        name: 'Add Contacts' | 'Add Pipelines' | 'Add Companies' | 'Add Products' | 'Add Calls' | 'Add Events' | 'Add Tasks' | 'INVALID_MODULE (invalid module name)' | 'INVALID_MODULE (module not supported)' | 'NO_PERMISSION' | 'MANDATORY_NOT_FOUND (data key missing)' | 'INVALID_DATA (record is not a JSON object)' | 'MANDATORY_NOT_FOUND (Last_Name missing)' | 'INVALID_DATA (data type mismatch)' | 'INVALID_DATA (data is not a JSON array)';
        status: 201 | 202 | 400 | 403;
    };
};
/** The endpoints as the mocks match requests: by the specs the client sends them by. */
export declare const mockEndpoints: readonly MockEndpoint[];
