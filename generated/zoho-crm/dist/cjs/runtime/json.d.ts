/** `literal`: the number exactly as written; the default keeps it as that string. */
export type ExactNumberReviver = (literal: string) => unknown;
/** JSON.parse, except that number literals a double cannot hold become `exact(literal)`. Throws what JSON.parse throws. */
export declare function parseJson(text: string, exact?: ExactNumberReviver): unknown;
/** JSON.stringify, except that a bigint is written as a bare number with every digit (JSON.stringify throws on one). */
export declare function stringifyJson(value: unknown): string;
/**
 * A literal that loses digits has at least 16 significant digits (a double keeps any 15), so its
 * digits-and-point run is at least 16 long; one out of range has an exponent (a digit then `e`);
 * a negative zero starts `-0`. Text with none of these skips the scan.
 */
export declare function mayLoseDigits(text: string): boolean;
/** Whether a double cannot hold the literal: digits lost, out of range, or a negative zero (see the top of this file). */
export declare function losesDigits(literal: string): boolean;
/** `1e400` overflows to Infinity, `1e-400` underflows to 0. */
export declare function isOutOfRange(literal: string): boolean;
