import http from 'node:http';

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request on a connection of its own, sent exactly as given: with
 * any Host header (browsers and Playwright's client set their own), and
 * from a chosen local address (127.0.0.2 is another client on this machine).
 */
export function rawRequest(
  baseURL: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string; chunked?: boolean } = {},
): Promise<RawResponse> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.localAddress,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // In two writes, Node sends the body chunked, with no Content-Length to refuse it by.
    if (options.chunked && options.body) req.write(options.body.slice(0, 1));
    req.end(options.chunked && options.body ? options.body.slice(1) : options.body);
  });
}

/** A JSON POST to an auth endpoint, as the app's own pages send it. */
export function postJson(
  baseURL: string,
  path: string,
  data: unknown,
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<RawResponse> {
  const body = JSON.stringify(data);
  return rawRequest(baseURL, path, {
    method: 'POST',
    body,
    localAddress: options.localAddress,
    headers: { 'content-type': 'application/json', origin: baseURL, ...options.headers },
  });
}
