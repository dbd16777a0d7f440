// Screenshots for docs/: search results, a report on a 375 px phone, a printed report's first A4 page
// (print media at A4's 794 CSS px width, cut at one page's 1123 px), and the 填报 page of `serve` (the
// real jar on a copy of the demo's sources). Run from e2e/ after the demo is built
// (mvn -B -DskipTests package): node screenshots.mjs
import { join } from 'node:path';
import { launch } from './lib/browser.js';
import { cjkFontConfig } from './lib/fonts.js';
import { COLUMN } from './lib/column.js';
import { serve } from './lib/server.js';
import { startPreview } from './lib/preview.js';

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

  // the supervision report being filled in: one quarter's figure mistyped, 抽查比例 left for nianbao to compute
  const preview = await startPreview();
  try {
    const fill = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    await fill.goto(`${preview.fill}?year=2023&site=supervision`);
    const checked = () => fill.waitForFunction(() => document.documentElement.dataset.pending === '0');
    await checked();
    for (const q of ['第一季度', '第二季度', '第三季度', '第四季度', '全年']) await fill.locator(`[data-key="sample.ratio/${q}"]`).fill('');
    await fill.locator('[data-key="sample.failed/第一季度"]').fill('1.5');
    await fill.waitForTimeout(50);
    await checked();
    await fill.evaluate(() => {
      document.getElementById('problems').open = true;
      document.activeElement.blur();
      window.scrollTo(0, 0);
    });
    await fill.screenshot({ path: join(docs, 'screenshot-fill.png') });
  } finally {
    await preview.close();
  }
} finally {
  await browser.close();
  await server.close();
}
