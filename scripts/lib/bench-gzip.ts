/**
 * A gzip layer in front of scripts/lib/static-server.ts, so Lighthouse sees what a static host
 * sends (every host compresses HTML, CSS and JavaScript). It forwards each request to the
 * static server and compresses text responses when the browser accepts gzip.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { startServer, type RunningServer } from './static-server.ts';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** Serves `dist` through the project's static server with gzip on top. */
export async function startGzipServer(dist: string): Promise<RunningServer> {
  const upstream = await startServer({ root: dist });
  const target = new URL(upstream.url);
  const server: Server = createServer((req, res) => {
    const forward = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, 'accept-encoding': 'identity' },
      },
      (answer: IncomingMessage) => {
        const headers = { ...answer.headers };
        const type = String(headers['content-type'] ?? '');
        const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (gzip) {
          delete headers['content-length'];
          headers['content-encoding'] = 'gzip';
          headers['vary'] = 'Accept-Encoding';
        }
        res.writeHead(answer.statusCode ?? 502, headers);
        (gzip ? answer.pipe(createGzip()) : answer).pipe(res);
      },
    );
    forward.on('error', (error) => res.writeHead(502).end(String(error)));
    req.pipe(forward);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await upstream.close();
    },
  };
}
