import type { ApiResponse, UnexpectedResponse } from './runtime/index.js';
/** Request body of Records / Add records, inferred from 14 samples. */
export type AddRecordsBody = {
    data: Array<string | {
        Owner?: {
            id: string;
        };
        Account_Name?: {
            id: string;
        };
        First_Name?: string;
        Last_Name?: string;
        Title?: string;
        /** Format: email */
        Email?: string;
        Mobile?: string;
        Email_Opt_Out?: boolean;
        Tag?: Array<{
            name: string;
        }>;
        Description?: string;
        Mailing_Street?: string;
        Mailing_City?: string;
        Mailing_State?: string;
        Mailing_Country?: string;
        Mailing_Zip?: string;
        Deal_Name?: string;
        Contact_Name?: {
            id: string;
        };
        Sub_Pipeline?: string;
        Stage?: string;
        Amount?: string;
        Secondary_Contacts?: unknown[];
        /** Format: date */
        Closing_Date?: string;
        Pipeline?: {
            name: string;
            id: string;
        };
        Associated_Products?: Array<{
            Product: {
                name: string;
                id: string;
            };
            List_Price: number;
            Quantity: number;
            Discount: number;
        }>;
        Product_Name?: string;
        Product_Code?: string;
        Unit_Price?: number;
        Product_Category?: string;
        Product_Active?: boolean;
        Event_Title?: string;
        /** Format: date-time */
        Start_DateTime?: string;
        /** Format: date-time */
        End_DateTime?: string;
        All_day?: boolean;
        $se_module?: string;
        Recurring_Activity?: {
            RRULE: string;
        };
        Remind_At?: Array<{
            unit: number;
            period: string;
        }> | {
            ALARM: string;
        };
        Venue?: string;
        Related_To?: {
            name: string;
            id: string;
        };
        Participants?: Array<{
            type: 'user' | 'email' | 'contact' | (string & {});
            participant: string;
        }>;
        Subject?: string;
        /** Format: date */
        Due_Date?: string;
        Priority?: string;
        Status?: string;
        Decimal_1?: string;
    } | {
        File_Name: string;
    }> | {
        Last_Name: string;
        First_Name: string;
        /** Format: email */
        Email: string;
    };
} | {
    Last_Name: string;
    First_Name: string;
    /** Format: email */
    Email: string;
};
/** Response 201 of Records / Add records, inferred from: Add Contacts, Add Pipelines, Add Companies, Add Products, Add Calls, Add Events, Add Tasks. */
export type AddRecordsResponse201 = {
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
            $approval_state: 'approved' | (string & {});
        };
        message: string;
        status: 'success' | (string & {});
    }>;
};
/** Response 202 of Records / Add records, inferred from: INVALID_DATA (record is not a JSON object), MANDATORY_NOT_FOUND (Last_Name missing), INVALID_DATA (data type mismatch). */
export type AddRecordsResponse202 = {
    data: Array<{
        code: 'INVALID_DATA' | 'MANDATORY_NOT_FOUND' | (string & {});
        details: {
            expected_data_type?: 'jsonobject' | 'double' | (string & {});
            index?: number;
            api_name?: string;
        };
        message: string;
        status: 'error' | (string & {});
    }>;
};
/** Response 400 of Records / Add records, inferred from: INVALID_MODULE (invalid module name), INVALID_MODULE (module not supported), MANDATORY_NOT_FOUND (data key missing), INVALID_DATA (data is not a JSON array). */
export type AddRecordsResponse400 = {
    code: 'INVALID_MODULE' | 'MANDATORY_NOT_FOUND' | 'INVALID_DATA' | (string & {});
    details: {
        api_name?: string;
        expected_data_type?: 'jsonarray' | (string & {});
    };
    message: string;
    status: 'error' | (string & {});
};
/** Response 403 of Records / Add records, inferred from: NO_PERMISSION. */
export type AddRecordsResponse403 = {
    code: 'NO_PERMISSION' | (string & {});
    details: {
        [key: string]: unknown;
    };
    message: string;
    status: 'error' | (string & {});
};
/** Parameters of Records / Add records. */
export interface AddRecordsParams {
    path: {
        /** The API name of the module: Contacts, Pipelines, Accounts (Companies), Products, Tasks, Events or Calls. */
        moduleApiName: string | number;
    };
    body: AddRecordsBody;
}
/** What Records / Add records returns, by HTTP status. */
export type AddRecordsResult = ApiResponse<201, AddRecordsResponse201> | ApiResponse<202, AddRecordsResponse202> | ApiResponse<400, AddRecordsResponse400> | ApiResponse<403, AddRecordsResponse403> | UnexpectedResponse<201 | 202 | 400 | 403>;
