/**
 * A gzip layer in front of scripts/lib/static-server.ts, so Lighthouse and the save timing see what
 * a static host sends (every host compresses HTML, CSS and JavaScript). It compresses exactly the
 * files the save list counts as compressed (`isCompressible`), when the browser accepts gzip, so the
 * bench's download times and the save button's download size describe the same bytes.
 */
import { createGzip } from 'node:zlib';
import { isCompressible } from '../../src/lib/save-list.ts';
import { forwardingServer } from './forwarding-server.ts';
import { startServer, type RunningServer } from './static-server.ts';

/** Serves `dist` through the project's static server with gzip on top. */
export async function startGzipServer(dist: string): Promise<RunningServer> {
  return forwardingServer(await startServer({ root: dist }), {
    requestHeaders: (req) => ({ ...req.headers, 'accept-encoding': 'identity' }),
    respond: (req, answer, res) => {
      const headers = { ...answer.headers };
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const gzip = isCompressible(path) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) {
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'Accept-Encoding';
      }
      res.writeHead(answer.statusCode ?? 502, headers);
      (gzip ? answer.pipe(createGzip()) : answer).pipe(res);
    },
  });
}
