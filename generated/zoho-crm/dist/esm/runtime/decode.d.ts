export declare function isJsonContentType(contentType: string): boolean;
export declare function decodeText(text: string, contentType: string | null): unknown;
export declare function decodeBody(response: Response): Promise<unknown>;
