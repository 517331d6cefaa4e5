/**
 * Makes the web app icons (issue 17) from public/favicon.svg: node scripts/icons.ts
 * Writes public/icons/icon-192.png, icon-512.png and icon-maskable-512.png with the machine's
 * Chromium. Run once when the favicon changes and commit the PNGs; the build does not run it.
 * The maskable icon keeps the mark inside the middle 60 % (the safe zone is a circle of 80 %)
 * on the site's background colour, so a phone's round or squircle mask never cuts it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser.ts';
import { BACKGROUND_COLOR, ICONS } from '../src/lib/web-manifest.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
mkdirSync('public/icons', { recursive: true });
const browser = await launchBrowser();
try {
  for (const icon of ICONS) {
    const size = Number(icon.sizes.split('x')[0]);
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // The plain icons sit on white with a small margin; the maskable one gets a larger one.
    const mark = icon.purpose === 'maskable' ? 0.6 : 0.9;
    await page.setContent(
      `<html><body style="margin:0;background:${BACKGROUND_COLOR};display:grid;place-items:center;width:${size}px;height:${size}px">` +
        `<img src="${dataUrl}" width="${Math.round(size * mark)}" height="${Math.round(size * mark)}" alt=""></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: false });
    await page.close();
    console.log(`public/icons/${icon.file} (${icon.sizes}, ${icon.purpose})`);
  }
} finally {
  await browser.close();
}
