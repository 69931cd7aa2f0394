// A real node:http server on 127.0.0.1 that hands each request, read whole, to a handler and writes
// back the ServedResponse it returns (null: the connection is dropped). The package's mock server
// and its tests' fixture server are both this.
import { createServer } from 'node:http';
export async function startHttpServer(handle, port = 0) {
    const server = createServer((req, res) => {
        respond(req, res, handle).catch(() => res.destroy());
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string')
        throw new Error('http server: no TCP address');
    return {
        origin: `http://127.0.0.1:${address.port}`,
        close() {
            // Keep-alive sockets would otherwise hold close() open.
            server.closeAllConnections();
            return new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
async function respond(req, res, handle) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
        headers.append(req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '');
    const body = new Uint8Array(Buffer.concat(chunks));
    const response = await handle({ method: req.method ?? '', target: req.url ?? '/', headers, body });
    if (response === null) {
        res.destroy();
        return;
    }
    res.statusCode = response.status;
    for (const [name, value] of response.headers)
        res.appendHeader(name, value);
    res.end(response.body ?? undefined);
}
