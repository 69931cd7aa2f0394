// AWS Signature Version 4 in the Authorization header, as Postman's awsv4 auth signs: host,
// content-type and every x-amz-* header are signed; x-amz-content-sha256 is sent for a body (and
// always for S3). Presigned URLs (Postman's "add auth data to query") go to the `sign` hook.
import { digest, hex, hmac, rfc3986 } from './crypto.js';
/** Region and service come with the credential: the caller has already applied the scheme's defaults. */
export async function signAwsV4(credential, request) {
    const amzDate = request.time
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const body = request.body;
    const payloadHash = body === 'unreadable' ? 'UNSIGNED-PAYLOAD' : hex(await digest('SHA-256', body ?? ''));
    const added = [['x-amz-date', amzDate]];
    if (body !== null || credential.service === 's3')
        added.push(['x-amz-content-sha256', payloadHash]);
    if (credential.sessionToken)
        added.push(['x-amz-security-token', credential.sessionToken]);
    const signedNow = [...request.headers].filter(([name]) => name === 'content-type' || (name.startsWith('x-amz-') && !added.some(([a]) => a === name)));
    const authorization = await awsV4Authorization({
        method: request.method,
        url: request.url,
        headers: [...signedNow, ...added],
        payloadHash,
        amzDate,
        region: credential.region,
        service: credential.service,
        accessKey: credential.accessKey,
        secretKey: credential.secretKey,
    });
    return { headers: [...added, ['Authorization', authorization]], query: [] };
}
/** The Authorization header value for a canonical request built from `input`. */
export async function awsV4Authorization(input) {
    const headers = [['host', input.url.host], ...input.headers]
        .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')])
        .sort(([a], [b]) => compare(a, b));
    const signedHeaders = headers.map(([name]) => name).join(';');
    const canonicalRequest = [
        input.method.toUpperCase(),
        canonicalPath(input.url.pathname, input.service),
        canonicalQuery(input.url.searchParams),
        ...headers.map(([name, value]) => `${name}:${value}`),
        '',
        signedHeaders,
        input.payloadHash,
    ].join('\n');
    const date = input.amzDate.slice(0, 8);
    const scope = `${date}/${input.region}/${input.service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, hex(await digest('SHA-256', canonicalRequest))].join('\n');
    let key = await hmac('SHA-256', `AWS4${input.secretKey}`, date);
    for (const part of [input.region, input.service, 'aws4_request'])
        key = await hmac('SHA-256', key, part);
    const signature = hex(await hmac('SHA-256', key, stringToSign));
    return `AWS4-HMAC-SHA256 Credential=${input.accessKey}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
/** S3 signs each segment encoded once; every other service encodes the path as sent once more. */
function canonicalPath(pathname, service) {
    const segments = service === 's3'
        ? pathname.split('/').map((s) => rfc3986(decodeURIComponent(s)))
        : pathname
            .replace(/\/{2,}/g, '/')
            .split('/')
            .map(rfc3986);
    return segments.join('/') || '/';
}
function canonicalQuery(params) {
    return [...params]
        .map(([k, v]) => [rfc3986(k), rfc3986(v)])
        .sort(([ak, av], [bk, bv]) => (ak === bk ? compare(av, bv) : compare(ak, bk)))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
