// A site's page across the years as a phone shows it: the label column keeps room for its labels (none on
// three lines at 375 px), each column of figures names the edition of the form it follows, and a row that a
// year's edition does not have says so, with a legend. The demo's portal (menhu) has four years: 2018 in the
// 2017年版, 2021–2023 in the 2019年版.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/browser.js';
import { cjkFontConfig } from '../lib/fonts.js';
import { COLUMN } from '../lib/column.js';
import { serve } from '../lib/server.js';
import { DESKTOP, PHONE } from '../lib/suite.js';

const TARGET = join(dirname(fileURLToPath(import.meta.url)), '../target');
const PAGE = 'sites/menhu/index.html';
let browser;
let server;
before(async () => {
  server = await serve(COLUMN);
  browser = await launch(cjkFontConfig(TARGET)); // the lines a label takes depend on real CJK glyphs
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(server.base + PAGE, { waitUntil: 'load' });
  return { context, page };
}

test(`${PAGE}: at 375 px no label of the table takes more than two lines`, async () => {
  const { context, page } = await open(PHONE);
  try {
    const labels = await page.evaluate(() => [...document.querySelectorAll('table.trend-table tbody th[scope="row"]')]
      .map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { label: th.textContent.trim(), lines: tops.size };
      }));
    const years = await page.locator('table.trend-table thead tr:last-child th[scope="col"]').count();
    assert.equal(years, 5, 'the label column and four years');
    assert.ok(labels.length > 40, `${labels.length} labels`);
    assert.ok(labels.some((l) => l.label === '独立用户访问总量（个）'));
    assert.deepEqual(labels.filter((l) => l.lines > 2).map((l) => `${l.label}: ${l.lines} lines`), []);
  } finally {
    await context.close();
  }
});

test(`${PAGE}: each year's column names its edition; a row its edition lacks says so, with a legend`, async () => {
  for (const options of [DESKTOP, PHONE]) {
    const { context, page } = await open(options);
    try {
      const table = await page.evaluate(() => {
        const t = document.querySelector('table.trend-table');
        const rows = [...t.tHead.rows];
        const years = [...rows.at(-1).cells].slice(1).map((c) => c.textContent.trim());
        // the edition over each year's column, by the header cells' spans
        const over = [];
        for (const cell of [...rows[0].cells].slice(1)) {
          for (let i = 0; i < cell.colSpan; i++) over.push(cell.textContent.trim());
        }
        const absent = [...t.tBodies].flatMap((b) => [...b.rows]).flatMap((r) => [...r.cells])
          .filter((c) => c.tagName === 'TD' && c.textContent.trim().startsWith('—'));
        const legend = document.getElementById(t.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
        return {
          years,
          editions: Object.fromEntries(years.map((y, i) => [y, over[i]])),
          firstHeader: rows[0].cells[0].textContent.trim(),
          absent: absent.length,
          absentSaid: absent.filter((c) => c.textContent.includes('该年度报表版本无此项')).length,
          legend,
        };
      });
      assert.deepEqual(table.years, ['2018年度', '2021年度', '2022年度', '2023年度']);
      assert.equal(table.firstHeader, '报表版本');
      assert.match(table.editions['2018年度'] ?? '', /^2017年版/);
      for (const y of ['2021年度', '2022年度', '2023年度']) assert.match(table.editions[y] ?? '', /^2019年版/, y);
      assert.ok(table.absent > 0, 'the 2017年版 lacks rows of the 2019年版');
      assert.equal(table.absentSaid, table.absent, 'each “—” says why to a screen reader');
      assert.match(table.legend, /—.*该年度报表版本无此项/);
    } finally {
      await context.close();
    }
  }
});
