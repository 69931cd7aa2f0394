export type HeaderLayer = Readonly<Record<string, string | undefined>> | undefined;
export declare function mergeHeaders(...layers: HeaderLayer[]): Headers;
