/**
 * Serves a site built under a base path the way its host does: a GitHub Pages project site answers
 * only below `/<repo>/`. Wraps the static server (which serves `dist/` at the root) behind a prefix;
 * requests outside the base get a 404 and are recorded, so a test can list them.
 */
import { createServer, request, type Server } from 'node:http';
import { isUnderBase, normalizeBase, stripBase } from '../../src/lib/urls.ts';
import type { RunningServer } from './static-server.ts';

export interface BaseServer extends RunningServer {
  /** Paths asked for outside the base, in order. */
  outsideBase: string[];
}

/** `inner` served under `base`; at the root base, `inner` itself. Closing it closes `inner` too. */
export async function serveUnderBase(inner: RunningServer, base: string): Promise<BaseServer> {
  const outsideBase: string[] = [];
  if (normalizeBase(base) === '/') return { ...inner, outsideBase };
  const target = new URL(inner.url);
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!isUnderBase(path, base)) {
      outsideBase.push(path);
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`Not found: ${path} is outside the base ${normalizeBase(base)}`);
      return;
    }
    const forward = request(
      { host: target.hostname, port: target.port, path: stripBase(path, base), method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
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
    url: `http://127.0.0.1:${port}${normalizeBase(base)}`,
    outsideBase,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await inner.close();
    },
  };
}
