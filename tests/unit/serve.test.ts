/** `npm start`'s server: the port from PORT or --port, and one line when that port is taken. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chosenPort, DEFAULT_PORT, serve, ServeError } from '../../scripts/lib/serve.ts';

// A tiny built site, so the server has something to serve.
const work = mkdtempSync(join(tmpdir(), 'do-serve-'));
const root = join(work, 'dist');
mkdirSync(root);
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title><p>Home</p>');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const open: Server[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise((ok) => s.close(ok))));
});

/** Another program on `port` (0: any free port); resolves with the port it holds. */
async function occupy(port = 0): Promise<number> {
  const blocker = createServer();
  await new Promise<void>((ok, fail) => {
    blocker.once('error', fail);
    blocker.listen(port, '127.0.0.1', () => ok());
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error; // already taken by someone else: just as good
  });
  if (blocker.listening) open.push(blocker);
  const address = blocker.address();
  return typeof address === 'object' && address ? address.port : port;
}

describe('the port', () => {
  it('comes from --port, --port=N or PORT, in that order, and is otherwise unset', () => {
    expect(chosenPort(['--port', '5000'], { PORT: '6000' })).toBe(5000);
    expect(chosenPort(['--port=5001'], {})).toBe(5001);
    expect(chosenPort([], { PORT: '6000' })).toBe(6000);
    expect(chosenPort([], {})).toBeUndefined();
    expect(chosenPort([], { PORT: '' })).toBeUndefined();
  });

  it('must be a number from 1 to 65535', () => {
    expect(() => chosenPort([], { PORT: 'abc' })).toThrow(
      new ServeError('PORT must be a port number from 1 to 65535; found "abc". Example: PORT=4322 npm start'),
    );
    expect(() => chosenPort(['--port', '70000'], {})).toThrow(
      new ServeError('--port must be a port number from 1 to 65535; found "70000". Example: PORT=4322 npm start'),
    );
    expect(() => chosenPort(['--port'], {})).toThrow(
      new ServeError('--port must be a port number from 1 to 65535; found "". Example: PORT=4322 npm start'),
    );
  });
});

describe('serving', () => {
  it('serves on the chosen port and prints the address', async () => {
    const free = await occupy();
    await new Promise((ok) => open.pop()!.close(ok));
    const { server, lines } = await serve({ port: free, root });
    try {
      expect(lines).toEqual([`The site is running at http://127.0.0.1:${free}/`, 'Press Ctrl+C to stop.']);
      await expect(fetch(server.url).then((r) => r.text())).resolves.toContain('<p>Home</p>');
    } finally {
      await server.close();
    }
  });

  it('says in one line that a chosen port is taken, and how to choose another', async () => {
    const busy = await occupy();
    await expect(serve({ port: busy, root })).rejects.toThrow(
      new ServeError(`Port ${busy} is in use by another program. Stop it, or choose another port: PORT=${busy + 1} npm start`),
    );
  });

  it('moves to the next free port when none was chosen and 4321 is taken, and says so', async () => {
    await occupy(DEFAULT_PORT);
    const { server, lines } = await serve({ port: undefined, root });
    try {
      const port = Number(new URL(server.url).port);
      expect(port).toBeGreaterThan(DEFAULT_PORT);
      expect(lines).toEqual([
        `Port ${DEFAULT_PORT} is in use, so the site is on port ${port} (choose one with PORT=…).`,
        `The site is running at http://127.0.0.1:${port}/`,
        'Press Ctrl+C to stop.',
      ]);
    } finally {
      await server.close();
    }
  });

  it('npm start with PORT taken prints that one line and no stack trace, and exits with 1', async () => {
    const busy = await occupy();
    const result = spawnSync(process.execPath, [resolve('scripts/serve.ts')], {
      cwd: work,
      env: { ...process.env, PORT: String(busy) },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Port ${busy} is in use by another program. Stop it, or choose another port: PORT=${busy + 1} npm start\n`);
  });
});
