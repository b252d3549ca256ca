import type { IncomingMessage, ServerResponse } from 'node:http';

/** What frameworks add to Node's request: Express keeps the mount path and a parsed body. */
type FrameworkRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

/** Methods a standard `Request` cannot carry: answered 405 here. */
const unsupportedMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * The body of a Node request: when middleware in front (`express.json()`, `express.text()`,
 * `express.raw()`) has read the stream already, what that middleware kept; else the stream
 * itself, read as the handler asks (so its size limit holds before the body is in memory). A
 * body the handler stops reading is drained and dropped.
 */
function bodyOf(req: FrameworkRequest, parsed: unknown): BodyInit | undefined {
  if (req.readableEnded) {
    // Express passes `next` third: a function is no body.
    const kept = parsed === undefined || typeof parsed === 'function' ? req.body : parsed;
    if (kept === undefined) return undefined;
    if (kept instanceof Uint8Array) return new Uint8Array(kept);
    return typeof kept === 'string' ? kept : JSON.stringify(kept);
  }
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Uint8Array) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => cancelled || controller.close());
      req.on('error', (error) => cancelled || controller.error(error));
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}

/**
 * Bridges a standard `Request` → `Response` handler to Node's `http` server, streaming the
 * response body (the change feed is a never-ending stream) and cancelling it when the client
 * goes away. Works as Express middleware too: it reads the full URL (`originalUrl`, so the
 * handler's `basePath` matches under `app.use('/api/dossier', …)`) and a body that
 * `express.json()` has already parsed. Where a framework keeps the parsed body elsewhere (Fastify's
 * `request.body`), pass it as the third argument: `listener(request.raw, reply.raw, request.body)`
 * after `reply.hijack()`.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createStoreHandler(store, { authenticate }))).listen(8080, '127.0.0.1');
 *
 * @example
 * app.use('/api/dossier', express.json(), toNodeListener(createStoreHandler(store, { basePath: '/api/dossier', authenticate })));
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse, parsedBody?: unknown) => void {
  return (incoming, res, parsedBody) => {
    const req = incoming as FrameworkRequest;
    void (async () => {
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      // Headers and body go out in separate writes: without this, Nagle's algorithm meets the
      // client's delayed ACK and every response waits ~40 ms.
      req.socket.setNoDelay(true);
      const method = (req.method ?? 'GET').toUpperCase();
      if (unsupportedMethods.has(method)) {
        res.writeHead(405, { 'content-type': 'application/json; charset=utf-8', allow: 'GET, PUT, POST, DELETE' });
        res.end(JSON.stringify({ error: { code: 'invalid', message: `${method} is not allowed` } }));
        return;
      }
      const body = method === 'GET' || method === 'HEAD' ? undefined : bodyOf(req, parsedBody);
      const host = req.headers.host ?? '127.0.0.1';
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      // Express strips its mount path from `url` and keeps the full one in `originalUrl`.
      const path = req.originalUrl ?? req.url ?? '/';
      const request = new Request(`http://${host}${path.startsWith('/') ? path : `/${path}`}`, {
        method,
        headers,
        signal: abort.signal,
        ...(body === undefined ? {} : { body, duplex: 'half' }),
      } as RequestInit);
      const response = await handler(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (!response.body) {
        res.end();
        return;
      }
      res.flushHeaders();
      const reader = response.body.getReader();
      abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}));
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          res.write(value);
        }
      } catch {
        // the client went away
      }
      res.end();
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}
