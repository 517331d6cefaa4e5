/**
 * Takes screenshots of the built site for review: node scripts/screenshots.ts [path …]
 * Writes PNG files to test-results/screenshots/. Serves dist/ itself.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './lib/browser.ts';
import { startServer } from './lib/static-server.ts';

const paths = process.argv.slice(2);
const widthArg = Number(process.env['WIDTH'] ?? 1280);
const heightArg = Number(process.env['HEIGHT'] ?? 900);
const full = process.env['FULL'] !== '0';
mkdirSync('test-results/screenshots', { recursive: true });
const server = await startServer({ root: process.env['SITE_DIR'] ?? 'dist' });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: widthArg, height: heightArg } });
  for (const path of paths.length > 0 ? paths : ['/']) {
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    if (process.env['Y']) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env['Y']));
    const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    const file = `test-results/screenshots/${name}-${widthArg}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(`saved ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
