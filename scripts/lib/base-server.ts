/**
 * Serves a site built under a base path the way its host does: a GitHub Pages project site answers
 * only below `/<repo>/`. Wraps the static server (which serves `dist/` at the root) behind a prefix;
 * requests outside the base get a 404 and are recorded, so a test can list them.
 */
import { isUnderBase, normalizeBase, stripBase } from '../../src/lib/urls.ts';
import { forwardingServer } from './forwarding-server.ts';
import type { RunningServer } from './static-server.ts';

export interface BaseServer extends RunningServer {
  /** Paths asked for outside the base, in order. */
  outsideBase: string[];
}

/** `inner` served under `base`; at the root base, `inner` itself. Closing it closes `inner` too. */
export async function serveUnderBase(inner: RunningServer, base: string): Promise<BaseServer> {
  const outsideBase: string[] = [];
  if (normalizeBase(base) === '/') return { ...inner, outsideBase };
  const server = await forwardingServer(
    inner,
    {
      route: (req, res) => {
        const path = req.url ?? '/';
        if (isUnderBase(path, base)) return stripBase(path, base);
        outsideBase.push(path);
        res
          .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end(`Not found: ${path} is outside the base ${normalizeBase(base)}`);
        return undefined;
      },
    },
    normalizeBase(base),
  );
  return { ...server, outsideBase };
}
