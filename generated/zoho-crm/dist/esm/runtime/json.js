// JSON without silent loss of digits. JSON.parse rounds every number to a double: an int64 id like
// 12345678901234567891 comes back as 12345678901234567000. parseJson finds, in the raw text, the
// number literals a double cannot hold and hands them over as strings of their exact digits:
//   - integers (no fraction, no exponent) beyond Number.MAX_SAFE_INTEGER, e.g. 9007199254740992;
//   - decimals with a fraction whose value a double cannot keep (`0.12345678901234567891`);
//   - exponent forms (`1e21`, `2.5E-3`) are left alone, whoever wrote them chose floating point,
//     unless the value is out of a double's range: `1e400` (JSON.parse says Infinity, which
//     JSON.stringify writes as null) and `1e-400` (0) are kept as strings, as written;
//   - a negative zero (`-0`, `-0.0`) is read as 0: JSON cannot write -0 back (JSON.stringify says
//     `0`), so a -0 would never compare equal to its own round trip.
// The generator parses example bodies with the same function, so fixtures hold the same strings.
// stringifyJson is the way back for requests: a bigint goes out as a bare number with every digit.
const keepDigits = (literal) => literal;
/** JSON.parse, except that number literals a double cannot hold become `exact(literal)`. Throws what JSON.parse throws. */
export function parseJson(text, exact = keepDigits) {
    const lossy = mayLoseDigits(text) ? inexactNumbers(text) : [];
    if (lossy.length === 0)
        return JSON.parse(text);
    // Each lossy literal becomes a JSON string behind a marker no string in the text can contain.
    const marker = markerFor(text);
    const literals = new Set(lossy.map(([start, end]) => text.slice(start, end)));
    let marked = '';
    let from = 0;
    for (const [start, end] of lossy) {
        const literal = text.slice(start, end);
        marked += text.slice(from, start) + (isNegativeZero(literal) ? '0' : `"${marker.escaped}${literal}"`);
        from = end;
    }
    marked += text.slice(from);
    let value;
    try {
        value = JSON.parse(marked, (_key, item) => typeof item === 'string' && item.startsWith(marker.char) && literals.has(item.slice(1))
            ? exact(item.slice(1))
            : item);
    }
    catch {
        // Invalid JSON: report JSON.parse's own message about the text as written.
        return JSON.parse(text);
    }
    return value;
}
/** JSON.stringify, except that a bigint is written as a bare number with every digit (JSON.stringify throws on one). */
export function stringifyJson(value) {
    let sawBigInt = false;
    const plain = JSON.stringify(value, (_key, item) => {
        if (typeof item !== 'bigint')
            return item;
        sawBigInt = true;
        return item.toString();
    });
    if (!sawBigInt)
        return plain;
    // A marker absent from the output: every occurrence of `"<marker>digits"` is then one we wrote.
    let marker = '~bigint~';
    while (plain.includes(marker))
        marker += '~';
    const marked = JSON.stringify(value, (_key, item) => typeof item === 'bigint' ? `${marker}${item.toString()}` : item);
    return marked.replace(new RegExp(`"${marker}(-?\\d+)"`, 'g'), '$1');
}
/**
 * A literal that loses digits has at least 16 significant digits (a double keeps any 15), so its
 * digits-and-point run is at least 16 long; one out of range has an exponent (a digit then `e`);
 * a negative zero starts `-0`. Text with none of these skips the scan.
 */
export function mayLoseDigits(text) {
    return /\d[\d.]{15}|\d[eE]|-0/.test(text);
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const [QUOTE, COLON, COMMA, OPEN_ARRAY, OPEN_OBJECT, CLOSE_ARRAY, CLOSE_OBJECT] = [
    0x22, 0x3a, 0x2c, 0x5b, 0x7b, 0x5d, 0x7d,
];
/**
 * [start, end) of every number literal outside strings that a double cannot hold, in text order.
 * Only literals where JSON allows a value are taken (after `:`, inside an array, or the whole text),
 * so marking never turns invalid JSON, like a number used as a key, into valid JSON.
 */
function inexactNumbers(text) {
    const found = [];
    const open = [];
    let previous = -1;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
            i += 1;
            continue;
        }
        if (c === QUOTE) {
            i = endOfString(text, i + 1);
        }
        else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
            NUMBER.lastIndex = i;
            const literal = NUMBER.exec(text)?.[0] ?? text[i];
            const valuePlace = previous === -1 ||
                previous === COLON ||
                ((previous === COMMA || previous === OPEN_ARRAY) && open.at(-1) === OPEN_ARRAY);
            if (valuePlace && losesDigits(literal))
                found.push([i, i + literal.length]);
            i += literal.length;
        }
        else {
            if (c === OPEN_ARRAY || c === OPEN_OBJECT)
                open.push(c);
            else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT)
                open.pop();
            i += 1;
        }
        previous = c;
    }
    return found;
}
/** The index after the closing quote (one not escaped by an odd run of backslashes); the text length when there is none. */
function endOfString(text, from) {
    let i = from;
    for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1)
            return text.length;
        let backslashes = 0;
        while (quote - backslashes - 1 >= from && text.charCodeAt(quote - backslashes - 1) === 0x5c)
            backslashes += 1;
        if (backslashes % 2 === 0)
            return quote + 1;
        i = quote + 1;
    }
}
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);
/** Whether a double cannot hold the literal: digits lost, out of range, or a negative zero (see the top of this file). */
export function losesDigits(literal) {
    if (isNegativeZero(literal))
        return true;
    if (/[eE]/.test(literal))
        return isOutOfRange(literal);
    if (!literal.includes('.')) {
        const digits = literal.replace(/^-?0*/, '');
        return (digits.length > MAX_SAFE_DIGITS.length || (digits.length === MAX_SAFE_DIGITS.length && digits > MAX_SAFE_DIGITS));
    }
    return decimalValue(literal) !== decimalValue(String(Number(literal)));
}
/** `1e400` overflows to Infinity, `1e-400` underflows to 0. */
export function isOutOfRange(literal) {
    const value = Number(literal);
    return !Number.isFinite(value) || (value === 0 && /[1-9]/.test(literal.split(/[eE]/)[0]));
}
function isNegativeZero(literal) {
    return Object.is(Number(literal), -0);
}
/** A canonical text for a decimal's exact value (`-12e-3` for `-0.0120`), so equal values compare equal. */
function decimalValue(text) {
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
    if (match === null)
        return text;
    const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
    let digits = (whole + fraction).replace(/^0+/, '');
    let power = Number(exponent) - fraction.length;
    if (digits === '')
        return '0';
    const trimmed = digits.replace(/0+$/, '');
    power += digits.length - trimmed.length;
    digits = trimmed;
    return `${sign}${digits}e${power}`;
}
/**
 * A control character no string in `text` contains: raw ones are invalid inside JSON strings, so a
 * string holds one only through a `\u00XX` escape. With all 32 escaped somewhere (never seen in
 * practice), U+0000 is used and only a string of exactly U+0000 and a lossy literal's digits would be taken for one.
 */
function markerFor(text) {
    for (let code = 0; code < 0x20; code += 1) {
        const hex = code.toString(16).padStart(4, '0');
        if (!new RegExp(`\\\\u${hex}`, 'i').test(text))
            return { char: String.fromCharCode(code), escaped: `\\u${hex}` };
    }
    return { char: '\u0000', escaped: '\\u0000' };
}
