import { writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { openSite } from '/work/wt-room/tests/support/site.ts';
const site = await openSite({ root: '/work/wt-room/dist' });
const paths = process.argv.slice(2);
const page = await site.newPage();
for (const path of paths) {
  await page.goto(site.url(path));
  const landscape = path.includes('wall-agenda');
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, printBackground: true, landscape, margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' }, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">x · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>' });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const name = path.replace(/\//g, '_') + format;
    writeFileSync(`/tmp/room/${name}.pdf`, pdf);
    console.log(path, format, doc.numPages);
  }
}
await site.close();
