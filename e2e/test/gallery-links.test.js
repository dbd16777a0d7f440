// The gallery's links under each chart (PNG 图片 · SVG · 数据（CSV）) as a list evenly spaced: with the
// enlarged targets of 适老化, the space a reader sees between one link's text and the next is the same for
// every pair, in both modes, and no separator character stands between them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESKTOP } from '../lib/suite.js';
import { servedColumn } from '../lib/column.js';

const PAGE = 'charts/2023/index.html';
const served = servedColumn();

for (const care of [false, true]) {
  test(`${PAGE}: the chart links are evenly spaced at 1280 px${care ? ' in 关怀模式' : ''}`, async () => {
    const context = await served.browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      await page.goto(served.server.base + PAGE, { waitUntil: 'load' });
      if (care) await page.check('#care-mode');
      const lists = await page.evaluate(() => [...document.querySelectorAll('.gallery .chart-links')].map((p) => {
        // the text of each link as drawn: from its first glyph to its last
        const texts = [...p.querySelectorAll('a')].map((a) => {
          const range = document.createRange();
          range.selectNodeContents(a);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)),
            top: Math.round(rects[0].top) };
        });
        const gaps = [];
        for (let i = 1; i < texts.length; i++) {
          if (texts[i].top === texts[i - 1].top) gaps.push(texts[i].left - texts[i - 1].right);
        }
        const stray = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '')
          .map((n) => n.textContent.trim());
        return { gaps, stray, links: texts.length };
      }));
      assert.ok(lists.length > 10, `${lists.length} charts`);
      for (const { gaps, stray, links } of lists) {
        assert.ok(links >= 3, 'PNG, SVG and CSV');
        assert.ok(gaps.length >= 2, 'the links stand on one line at 1280 px');
        assert.deepEqual(stray, [], 'no separator between the links');
        assert.ok(Math.max(...gaps) - Math.min(...gaps) <= 1, `gaps ${gaps.map((g) => g.toFixed(1)).join(', ')} px`);
      }
    } finally {
      await context.close();
    }
  });
}
