// Screenshots for docs/: search results, a report on a 375 px phone, and a printed report's first A4
// page (print media at A4's 794 CSS px width, cut at one page's 1123 px). Run from e2e/ after the demo
// is built (mvn -B -DskipTests package): node screenshots.mjs
import { join } from 'node:path';
import { launch } from './lib/browser.js';
import { cjkFontConfig } from './lib/fonts.js';
import { COLUMN } from './lib/column.js';
import { serve } from './lib/server.js';

const docs = new URL('../docs/', import.meta.url).pathname;
const browser = await launch(cjkFontConfig(join(process.cwd(), 'target')));
const server = await serve(COLUMN);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}search/?q=${encodeURIComponent('零跑腿')}`);
  await page.waitForSelector("#search-results li");
  await page.screenshot({ path: join(docs, 'screenshot-search.png') });

  const phone = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true });
  await phone.goto(`${server.base}2023/jiaoyuju/index.html`);
  await phone.screenshot({ path: join(docs, 'screenshot-report-375.png') });

  const print = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await print.emulateMedia({ media: 'print' });
  await print.goto(`${server.base}2023/jiaoyuju/index.html`);
  await print.screenshot({ path: join(docs, 'screenshot-print.png') });
} finally {
  await browser.close();
  await server.close();
}
