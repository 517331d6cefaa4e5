/**
 * A layer in front of a running server: it listens on a free local port, forwards each request to
 * the inner server, and lets its caller change the path asked for, the request headers and the
 * answer. The base-path server and the bench's gzip server are both this layer with one change each.
 */
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { RunningServer } from './static-server.ts';

export interface ForwardingLayer {
  /**
   * The path to ask the inner server for; `undefined` when this layer answers the request itself,
   * in which case it has ended `res`. By default the path asked for.
   */
  route?: (req: IncomingMessage, res: ServerResponse) => string | undefined;
  /** The headers sent to the inner server. By default the request's own. */
  requestHeaders?: (req: IncomingMessage) => IncomingHttpHeaders;
  /** Writes the inner server's answer to `res`. By default it is copied as it came. */
  respond?: (req: IncomingMessage, answer: IncomingMessage, res: ServerResponse) => void;
}

const copy = (_req: IncomingMessage, answer: IncomingMessage, res: ServerResponse): void => {
  res.writeHead(answer.statusCode ?? 502, answer.headers);
  answer.pipe(res);
};

/**
 * Serves `inner` through `layer` on 127.0.0.1. The URL it returns ends in `urlPath` (the site's
 * base, `/` by default). Closing it closes `inner` too.
 */
export async function forwardingServer(inner: RunningServer, layer: ForwardingLayer, urlPath = '/'): Promise<RunningServer> {
  const target = new URL(inner.url);
  const respond = layer.respond ?? copy;
  const server: Server = createServer((req, res) => {
    const path = layer.route ? layer.route(req, res) : (req.url ?? '/');
    if (path === undefined) return;
    const forward = request(
      {
        hostname: target.hostname,
        port: target.port,
        path,
        method: req.method,
        headers: layer.requestHeaders ? layer.requestHeaders(req) : req.headers,
      },
      (answer) => respond(req, answer, res),
    );
    forward.on('error', (error) => res.writeHead(502).end(error.message));
    req.pipe(forward);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${urlPath}`,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await inner.close();
    },
  };
}
