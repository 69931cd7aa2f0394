import type { ApiResponse, UnexpectedResponse } from './runtime/index.js';
/** Request body of V2 / Records API / Update Records / Leads, inferred from 9 samples. */
export type UpdateRecordsLeadsBody = {
    data?: Array<{
        Owner?: {
            id?: string;
        };
        Last_Name?: string;
        /** Format: email */
        Email?: string;
        Description?: string;
        Rating?: string;
        Website?: string;
        Twitter?: string;
        Salutation?: string;
        First_Name?: string;
        Lead_Status?: string;
        Industry?: string;
        Skype_ID?: string;
        Phone?: string;
        Street?: string;
        Zip_Code?: string;
        Email_Opt_Out?: boolean;
        Designation?: string;
        City?: string;
        No_of_Employees?: number;
        Mobile?: string;
        State?: string;
        Lead_Source?: string;
        Country?: string;
        Fax?: string;
        Annual_Revenue?: number;
        /** Format: email */
        Secondary_Email?: string;
    }>;
};
/** Response 200 of V2 / Records API / Update Records / Leads, inferred from: SUCCESS RESPONSE. */
export type UpdateRecordsLeadsResponse200 = {
    data: Array<{
        code: 'SUCCESS' | (string & {});
        details: {
            /** Format: date-time */
            Modified_Time: string;
            Modified_By: {
                name: string;
                id: string;
            };
            /** Format: date-time */
            Created_Time: string;
            id: string;
            Created_By: {
                name: string;
                id: string;
            };
        };
        message: string;
        status: 'success' | (string & {});
    }>;
};
/** Response 202 of V2 / Records API / Update Records / Leads, inferred from: MANDATORY_NOT_FOUND, DUPLICATE_DATA, NOT_APPROVED, RECORD_LOCKED. */
export type UpdateRecordsLeadsResponse202 = {
    data: Array<{
        code: 'MANDATORY_NOT_FOUND' | 'DUPLICATE_DATA' | 'NOT_APPROVED' | 'RECORD_LOCKED' | (string & {});
        details: {
            api_name?: string;
            id?: string;
            action?: 'zia_vision_processing' | (string & {});
        };
        message: string;
        status: 'error' | (string & {});
    }>;
};
/** Response 400 of V2 / Records API / Update Records / Leads, inferred from: INVALID_MODULE, INVALID_DATA, INVALID_REQUEST_METHOD. */
export type UpdateRecordsLeadsResponse400 = {
    code: 'INVALID_MODULE' | 'INVALID_DATA' | 'INVALID_REQUEST_METHOD' | (string & {});
    details: {
        expected_data_type?: 'jsonobject' | (string & {});
    };
    message: string;
    status: 'error' | (string & {});
};
/** Response 401 of V2 / Records API / Update Records / Leads, inferred from: OAUTH_SCOPE_MISMATCH. */
export type UpdateRecordsLeadsResponse401 = {
    code: 'OAUTH_SCOPE_MISMATCH' | (string & {});
    details: {
        [key: string]: unknown;
    };
    message: string;
    status: 'error' | (string & {});
};
/** Parameters of V2 / Records API / Update Records / Leads. */
export interface UpdateRecordsLeadsParams {
    path: {
        recordId: string | number;
    };
    body: UpdateRecordsLeadsBody;
}
/** What V2 / Records API / Update Records / Leads returns, by HTTP status. */
export type UpdateRecordsLeadsResult = ApiResponse<200, UpdateRecordsLeadsResponse200> | ApiResponse<202, UpdateRecordsLeadsResponse202> | ApiResponse<400, UpdateRecordsLeadsResponse400> | ApiResponse<401, UpdateRecordsLeadsResponse401> | UnexpectedResponse<200 | 202 | 400 | 401>;
/** Request body of V2 / Records API / Mass Update Records / Leads, inferred from 9 samples. */
export type V2MassUpdateRecordsLeadsBody = {
    data: Array<{
        No_of_Employees?: number;
    } | {
        No_of_Employees1: number;
    }>;
    over_write: boolean;
    ids?: string[];
};
/** Response 200 of V2 / Records API / Mass Update Records / Leads, inferred from: SUCCESS RESPONSE, INVALID_DATA (no field), INVALID_DATA (field), MANDATORY_NOT_FOUND, NOT_APPROVED, RECORD_LOCKED. */
export type V2MassUpdateRecordsLeadsResponse200 = {
    data: Array<{
        code: 'SUCCESS' | 'INVALID_DATA' | 'MANDATORY_NOT_FOUND' | 'NOT_APPROVED' | 'RECORD_LOCKED' | (string & {});
        details: {
            /** Format: date-time */
            Modified_Time?: string;
            Modified_By?: {
                name: string;
                id: string;
            };
            /** Format: date-time */
            Created_Time?: string;
            id?: string;
            Created_By?: {
                name: string;
                id: string;
            };
            action?: 'zia_vision_processing' | (string & {});
        } | {
            api_name: string;
        };
        message: string;
        status: 'success' | 'error' | (string & {});
    }>;
};
/** Response 400 of V2 / Records API / Mass Update Records / Leads, inferred from: INVALID_REQUEST_METHOD. */
export type V2MassUpdateRecordsLeadsResponse400 = {
    code: 'INVALID_REQUEST_METHOD' | (string & {});
    details: {
        [key: string]: unknown;
    };
    message: string;
    status: 'error' | (string & {});
};
/** Response 401 of V2 / Records API / Mass Update Records / Leads, inferred from: AUTHENTICATION_FAILURE. */
export type V2MassUpdateRecordsLeadsResponse401 = {
    code: 'AUTHENTICATION_FAILURE' | (string & {});
    details: {
        [key: string]: unknown;
    };
    message: string;
    status: 'error' | (string & {});
};
/** Parameters of V2 / Records API / Mass Update Records / Leads. */
export interface V2MassUpdateRecordsLeadsParams {
    body: V2MassUpdateRecordsLeadsBody;
}
/** What V2 / Records API / Mass Update Records / Leads returns, by HTTP status. */
export type V2MassUpdateRecordsLeadsResult = ApiResponse<200, V2MassUpdateRecordsLeadsResponse200> | ApiResponse<400, V2MassUpdateRecordsLeadsResponse400> | ApiResponse<401, V2MassUpdateRecordsLeadsResponse401> | UnexpectedResponse<200 | 400 | 401>;
/** Request body of V2.1 / Records API / Mass Update Records / Leads, inferred from 11 samples. */
export type V21MassUpdateRecordsLeadsBody = V2MassUpdateRecordsLeadsBody;
/** Response 200 of V2.1 / Records API / Mass Update Records / Leads, inferred from: SUCCESS RESPONSE, INVALID_DATA (no field), INVALID DATA (field), MANDATORY_NOT_FOUND. */
export type V21MassUpdateRecordsLeadsResponse200 = {
    data: Array<{
        code: 'SUCCESS' | 'INVALID_DATA' | 'MANDATORY_NOT_FOUND' | (string & {});
        details: {
            /** Format: date-time */
            Modified_Time?: string;
            Modified_By?: {
                name: string;
                id: string;
            };
            /** Format: date-time */
            Created_Time?: string;
            id?: string;
            Created_By?: {
                name: string;
                id: string;
            };
        } | {
            api_name: string;
            json_path: string;
        };
        message: string;
        status: 'success' | 'error' | (string & {});
    }>;
};
/** Response 207 of V2.1 / Records API / Mass Update Records / Leads, inferred from: Multi-Status error. */
export type V21MassUpdateRecordsLeadsResponse207 = {
    data: Array<{
        code: 'INVALID_DATA' | (string & {});
        details: {
            id: string;
        };
        message: string;
        status: 'error' | (string & {});
    }>;
};
/** Response 400 of V2.1 / Records API / Mass Update Records / Leads, inferred from: INVALID_REQUEST_METHOD, NOT_APPROVED, RECORD_LOCKED. */
export type V21MassUpdateRecordsLeadsResponse400 = {
    code: 'INVALID_REQUEST_METHOD' | (string & {});
    details: {
        [key: string]: unknown;
    };
    message: string;
    status: 'error' | (string & {});
} | {
    data: Array<{
        code: 'NOT_APPROVED' | 'RECORD_LOCKED' | (string & {});
        details: {
            id: string;
            action?: 'zia_vision_processing' | (string & {});
        };
        message: string;
        status: 'error' | (string & {});
    }>;
};
/** Response 401 of V2.1 / Records API / Mass Update Records / Leads, inferred from: AUTHENTICATION_FAILURE, OAUTH_SCOPE_MISMATCH. */
export type V21MassUpdateRecordsLeadsResponse401 = {
    code: 'AUTHENTICATION_FAILURE' | 'OAUTH_SCOPE_MISMATCH' | (string & {});
    details: {
        [key: string]: unknown;
    };
    message: string;
    status: 'error' | (string & {});
};
/** Parameters of V2.1 / Records API / Mass Update Records / Leads. */
export interface V21MassUpdateRecordsLeadsParams {
    body: V21MassUpdateRecordsLeadsBody;
}
/** What V2.1 / Records API / Mass Update Records / Leads returns, by HTTP status. */
export type V21MassUpdateRecordsLeadsResult = ApiResponse<200, V21MassUpdateRecordsLeadsResponse200> | ApiResponse<207, V21MassUpdateRecordsLeadsResponse207> | ApiResponse<400, V21MassUpdateRecordsLeadsResponse400> | ApiResponse<401, V21MassUpdateRecordsLeadsResponse401> | UnexpectedResponse<200 | 207 | 400 | 401>;
/** Request body of V2.1 / Records API / Convert Lead / Convert Lead, inferred from 10 samples. */
export type ConvertLeadBody = {
    data: Array<{
        overwrite: boolean;
        notify_lead_owner: boolean;
        notify_new_entity_owner: boolean;
        Accounts?: string;
        Contacts?: string;
        assign_to?: string;
        Deals: {
            Deal_Name: string;
            /** Format: date */
            Closing_Date: string;
            Stage: string;
            Amount: number;
            Pipeline: string;
        };
        carry_over_tags: {
            Contacts: string[];
            Accounts: string[];
            Deals: string[];
        };
    }>;
};
/** Response 200 of V2.1 / Records API / Convert Lead / Convert Lead, inferred from: SUCCESS RESPONSE. */
export type ConvertLeadResponse200 = {
    data: Array<{
        Contacts: string;
        Deals: string;
        Accounts: string;
    }>;
};
/** Response 202 of V2.1 / Records API / Convert Lead / Convert Lead, inferred from: ID_ALREADY_CONVERTED, INVALID_DATA, DUPLICATE_DATA, NOT_APPROVED, RECORD_LOCKED. */
export type ConvertLeadResponse202 = {
    data: Array<{
        code: 'ID_ALREADY_CONVERTED' | 'INVALID_DATA' | 'DUPLICATE_DATA' | 'NOT_APPROVED' | 'RECORD_LOCKED' | (string & {});
        details: {
            api_name?: string;
            json_path?: string;
            module?: string;
            id?: string;
            action?: 'zia_vision_processing' | (string & {});
        };
        message: string;
        status: 'error' | (string & {});
    }>;
};
/** Response 400 of V2.1 / Records API / Convert Lead / Convert Lead, inferred from: INVALID_REQUEST_METHOD, INVALID_REQUEST. */
export type ConvertLeadResponse400 = {
    code: 'INVALID_REQUEST_METHOD' | 'INVALID_REQUEST' | (string & {});
    details: {
        [key: string]: unknown;
    };
    message: string;
    status: 'error' | (string & {});
};
/** Response 401 of V2.1 / Records API / Convert Lead / Convert Lead, inferred from: AUTHENTICATION_FAILURE. */
export type ConvertLeadResponse401 = V2MassUpdateRecordsLeadsResponse401;
/** Parameters of V2.1 / Records API / Convert Lead / Convert Lead. */
export interface ConvertLeadParams {
    path: {
        leadId: string | number;
    };
    body: ConvertLeadBody;
}
/** What V2.1 / Records API / Convert Lead / Convert Lead returns, by HTTP status. */
export type ConvertLeadResult = ApiResponse<200, ConvertLeadResponse200> | ApiResponse<202, ConvertLeadResponse202> | ApiResponse<400, ConvertLeadResponse400> | ApiResponse<401, ConvertLeadResponse401> | UnexpectedResponse<200 | 202 | 400 | 401>;
