import type { InheritedMember } from './spec.js';
export type HeaderLayer = Readonly<Record<string, string | InheritedMember | undefined>> | undefined;
export declare function mergeHeaders(...layers: HeaderLayer[]): Headers;
export declare function setHeader(headers: Headers, name: string, value: string): void;
