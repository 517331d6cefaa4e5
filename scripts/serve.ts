/**
 * Serves the built site in `dist/` on 127.0.0.1 and prints its address.
 * Usage: node scripts/serve.ts [--port 4321]   (or PORT=4321 node scripts/serve.ts)
 */
import { chosenPort, serve } from './lib/serve.ts';

try {
  const { lines } = await serve({ port: chosenPort(process.argv.slice(2), process.env) });
  console.log(`\n${lines.join('\n')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
