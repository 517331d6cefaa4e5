/**
 * Serves the built site in `dist/` on 127.0.0.1 and prints its address.
 * Usage: node scripts/serve.ts [--port 4321]
 */
import { startServer } from './lib/static-server.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > -1 ? Number(process.argv[portArg + 1]) : Number(process.env['PORT'] ?? 4321);
const server = await startServer({ port });
console.log(`\nThe site is running at ${server.url}\nPress Ctrl+C to stop.`);
