import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Bridges a standard `Request` → `Response` handler to Node's `http` server, streaming the
 * response body (the change feed is a never-ending stream) and cancelling it when the client
 * goes away.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createStoreHandler(store))).listen(8080, '127.0.0.1');
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      // Headers and body go out in separate writes: without this, Nagle's algorithm meets the
      // client's delayed ACK and every response waits ~40 ms.
      req.socket.setNoDelay(true);
      const chunks: Uint8Array[] = [];
      for await (const chunk of req) chunks.push(chunk as Uint8Array);
      const host = req.headers.host ?? '127.0.0.1';
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
      const request = new Request(`http://${host}${req.url ?? '/'}`, {
        method,
        headers,
        signal: abort.signal,
        ...(hasBody ? { body: concat(chunks) } : {}),
      });
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

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
