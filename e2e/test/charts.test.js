// Charts as a phone shows them: the text drawn in a chart measured as Chromium renders it at 375 px
// (the font sizes in the chart's SVG times the scale the <img> is drawn at), before and after a tap on
// “查看图表”; and the chart's title said once on the page, by the image (the PNG keeps it), not again by a caption.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch } from '../lib/browser.js';
import { DESKTOP, PHONE } from '../lib/suite.js';
import { COLUMN, servedColumn } from '../lib/column.js';

// a report, a year, a site across the years, a year's gallery (PNG images)
const PAGES = ['2023/jiaoyuju/index.html', '2023/index.html', 'sites/jiaoyuju/index.html', 'charts/2023/index.html'];
const MIN_PX = 12;
const served = servedColumn();

/** The chart's SVG beside an image's file (x.png, x@2x.png → x.svg), as a path under the column. */
function svgOf(src) {
  const path = decodeURIComponent(new URL(src).pathname).replace(/^\/zfwzndbb\//, '');
  return readFileSync(join(COLUMN, path.replace(/(@2x)?\.(png|svg)$/, '.svg')), 'utf8');
}

/** The smallest font size drawn in an SVG and its width in its own units; its <title>. */
function drawn(svg) {
  const sizes = [...svg.matchAll(/<text\b[^>]*\bfont-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  const width = Number(/<svg\b[^>]*\bviewBox="[\d.]+ [\d.]+ ([\d.]+) /.exec(svg)[1]);
  const title = /<title>([^<]*)<\/title>/.exec(svg)[1];
  return { smallest: Math.min(...sizes), width, title };
}

/** Each chart image of the page: whether it shows, and the smallest text in it in CSS px. */
async function measure(page) {
  const images = await page.evaluate(() => [...document.querySelectorAll('figure.chart img')].map((img) => {
    img.loading = 'eager';
    return { src: img.src, shown: img.checkVisibility(), width: img.getBoundingClientRect().width };
  }));
  return images.map((i) => {
    const { smallest, width } = drawn(svgOf(i.src));
    return { src: i.src, shown: i.shown, px: (smallest * i.width) / width };
  });
}

for (const path of PAGES) {
  test(`${path}: at 375 px every chart shown has text of at least ${MIN_PX} CSS px, before and after a tap`, async () => {
    const context = await served.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await page.goto(served.server.base + path, { waitUntil: 'load' });
      const before = await measure(page);
      assert.ok(before.length > 0, 'the page has charts');
      const small = (list) => list.filter((i) => i.shown && i.px < MIN_PX)
        .map((i) => `${i.src.replace(served.server.base, '')}: ${i.px.toFixed(1)} px`);
      assert.deepEqual(small(before), []);
      // a chart not shown is one tap away: its summary opens it
      const summaries = page.locator('figure.chart details:not([open]) > summary', { hasText: '查看图表' });
      for (let i = await summaries.count(); i > 0; i--) await summaries.first().tap();
      const after = await measure(page);
      assert.deepEqual(after.filter((i) => !i.shown).map((i) => i.src), [], 'every chart shows after a tap');
      assert.deepEqual(small(after), []);
    } finally {
      await context.close();
    }
  });

  test(`${path}: the title drawn in a shown chart is not repeated by the text around it, at 1280 and 375 px`, async () => {
    for (const options of [DESKTOP, PHONE]) {
      const context = await served.browser.newContext(options);
      const page = await context.newPage();
      try {
        await page.goto(served.server.base + path, { waitUntil: 'load' });
        const figures = await page.evaluate(() => {
          // what a sighted visitor reads: rendered text, without the words kept for screen readers
          const style = document.createElement('style');
          style.textContent = '.visually-hidden { display: none !important; }';
          document.head.append(style);
          const all = [...document.querySelectorAll('figure.chart')].map((f) => {
            const img = f.querySelector('img');
            return { src: img.src, shown: img.checkVisibility(), text: f.innerText };
          });
          style.remove();
          return all;
        });
        const repeated = figures.filter((f) => f.shown && f.text.includes(drawn(svgOf(f.src)).title))
          .map((f) => f.src.replace(served.server.base, ''));
        assert.deepEqual(repeated, [], `at ${options.viewport.width} px`);
        const hidden = figures.filter((f) => !f.shown && !f.text.includes(drawn(svgOf(f.src)).title));
        assert.deepEqual(hidden.map((f) => f.src), [], 'a chart not shown is named by its table');
      } finally {
        await context.close();
      }
    }
  });
}
