/**
 * What `npm start` does after the build: serve `dist/` on 127.0.0.1 at the port the reader
 * chose (`PORT`, or `--port`), else at 4321. Every problem is one line that says what to do.
 */
import { PortInUseError, startServer, type RunningServer } from './static-server.ts';

export const DEFAULT_PORT = 4321;
/** How many ports after the default to try when the reader chose none and the default is busy. */
const FALLBACK_TRIES = 10;

/** A problem to print as one line, without a stack trace. */
export class ServeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServeError';
  }
}

/** The port from `--port N` / `--port=N` (first) or `PORT`; `undefined` when neither is given. */
export function chosenPort(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): number | undefined {
  const flag = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const arg = argv[flag];
  const source = arg === undefined ? 'PORT' : '--port';
  const raw =
    arg === undefined ? env['PORT'] || undefined : arg.startsWith('--port=') ? arg.slice('--port='.length) : (argv[flag + 1] ?? '');
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ServeError(`${source} must be a port number from 1 to 65535; found "${raw}". Example: PORT=4322 npm start`);
  }
  return port;
}

export interface Served {
  server: RunningServer;
  /** Lines to print: the address, and a note when the default port was busy. */
  lines: string[];
}

/**
 * Starts the server. A port the reader chose that is busy is an error that says how to choose
 * another; when the reader chose none and 4321 is busy, the next free port is used instead.
 */
export async function serve({ port, root }: { port: number | undefined; root?: string }): Promise<Served> {
  const tries = port === undefined ? Array.from({ length: FALLBACK_TRIES + 1 }, (_, i) => DEFAULT_PORT + i) : [port];
  for (const candidate of tries) {
    try {
      const server = await startServer({ port: candidate, ...(root ? { root } : {}) });
      const note =
        candidate === tries[0] ? [] : [`Port ${DEFAULT_PORT} is in use, so the site is on port ${candidate} (choose one with PORT=…).`];
      return { server, lines: [...note, `The site is running at ${server.url}`, 'Press Ctrl+C to stop.'] };
    } catch (error) {
      if (!(error instanceof PortInUseError)) throw error;
      if (port !== undefined) {
        throw new ServeError(`Port ${port} is in use by another program. Stop it, or choose another port: PORT=${port + 1} npm start`);
      }
    }
  }
  throw new ServeError(`Ports ${DEFAULT_PORT}–${DEFAULT_PORT + FALLBACK_TRIES} are all in use. Choose a free port: PORT=8080 npm start`);
}
