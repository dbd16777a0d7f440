// The column's search as a visitor uses it, over http and from file://: a query in the address
// (search/?q=…&year=…) finds words from anywhere in a narrative and a form's labels, and shows each
// hit with a snippet that marks the words. Reads the column that column.test.js reads.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../lib/browser.js';
import { axeProblems, keyboardProblems } from '../lib/checks.js';
import { COLUMN, servedColumn } from '../lib/column.js';

const here = dirname(fileURLToPath(import.meta.url));
const REPORTS = join(here, '../../site-src/reports');
const served = servedColumn();

/** Opens the search page at address (relative to the column) and reads what it shows once done. */
async function open(base, address) {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(base + address);
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached', timeout: 10000 });
    return { errors, ...(await shown(page)) };
  } finally {
    await context.close();
  }
}

async function shown(page) {
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent,
    url: location.href,
    year: document.getElementById('search-year').value,
    hits: [...document.querySelectorAll('#search-results li')].map((li) => ({
      href: li.querySelector('a').href,
      meta: li.querySelector('.search-meta').textContent,
      snippet: li.querySelector('.search-snippet').textContent,
      marks: [...li.querySelectorAll('.search-snippet mark')].map((m) => m.textContent),
      // anything in a snippet but text and <mark> would be markup from the narrative
      elements: [...li.querySelectorAll('.search-snippet *')].map((e) => e.tagName).filter((t) => t !== 'MARK'),
    })),
  }));
}

const count = (status) => Number(/找到 (\d+) 份报表/.exec(status)?.[1] ?? 0);
const workReports = (year) => readdirSync(join(REPORTS, String(year))).filter((f) => f.endsWith('.md') && !f.endsWith('.xxgk.md') && !f.startsWith('_')).length;

for (const [how, base, page] of [
  ['http', () => served.server.base, 'search/'],
  ['file://', () => pathToFileURL(COLUMN).href + '/', 'search/index.html'],
]) {
  describe(`search (${how})`, () => {
    // words from the beginning, middle and end of the 2023 教育局 narrative
    for (const [where, word] of [['beginning', '办好人民满意'], ['middle', '零跑腿'], ['end', '招生入学政策']]) {
      test(`a word from the ${where} of a narrative: ${word}`, async () => {
        const r = await open(base(), `${page}?q=${encodeURIComponent(word)}`);
        assert.deepEqual(r.errors, []);
        const hit = r.hits.find((h) => h.href.endsWith('/2023/jiaoyuju/index.html'));
        assert.ok(hit, `no 2023 教育局 among ${JSON.stringify(r.hits.map((h) => h.href))} (${r.status})`);
        assert.ok(hit.marks.includes(word), `marks ${JSON.stringify(hit.marks)} in ${hit.snippet}`);
        assert.ok(hit.snippet.length <= 82, hit.snippet);
        assert.deepEqual(hit.elements, []);
      });
    }

    test('IPv6, a Latin word, in the 11 narratives that name it; 显示更多 shows the 11th', async () => {
      const context = await served.browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${base()}${page}?q=IPv6`);
      await tab.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
      let r = await shown(tab);
      assert.equal(count(r.status), 11, r.status);
      assert.equal(r.hits.length, 10);
      for (const h of r.hits) assert.ok(h.marks.includes('IPv6'), `${h.href}: ${h.snippet}`);
      await tab.click('#search-results button');
      await tab.waitForFunction(() => document.querySelectorAll('#search-results li').length === 11);
      r = await shown(tab);
      assert.ok(r.hits[10].marks.includes('IPv6'), r.hits[10].snippet);
      await context.close();
    });

    test('a form label (办件量) finds every work report, and the year in the address filters them', async () => {
      const all = await open(base(), `${page}?q=${encodeURIComponent('办件量')}`);
      const every = readdirSync(REPORTS).reduce((n, year) => n + workReports(year), 0);
      assert.equal(count(all.status), every, all.status);
      assert.ok(all.hits.every((h) => h.marks.includes('办件量')), JSON.stringify(all.hits));
      const in2023 = await open(base(), `${page}?q=${encodeURIComponent('办件量')}&year=2023`);
      assert.equal(in2023.year, '2023');
      assert.equal(count(in2023.status), workReports(2023), in2023.status);
      assert.ok(in2023.hits.every((h) => h.meta.startsWith('2023年度')), JSON.stringify(in2023.hits.map((h) => h.meta)));
    });

    test('the form puts the query and year into the address', async () => {
      const context = await served.browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${base()}${page}`);
      await tab.fill('#search-q', '办好人民满意');
      await tab.selectOption('#search-year', '2022');
      await tab.click('#search-form button');
      await tab.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
      const r = await shown(tab);
      await context.close();
      const address = new URL(r.url);
      assert.equal(address.searchParams.get('q'), '办好人民满意');
      assert.equal(address.searchParams.get('year'), '2022');
      assert.deepEqual(r.hits.map((h) => h.href.replace(/.*\/(\d{4}\/\w+)\/index\.html$/, '$1')), ['2022/jiaoyuju']);
    });

    test('site and year find the report, by its title first', async () => {
      const r = await open(base(), `${page}?q=${encodeURIComponent('教育局 2023')}`);
      assert.ok(r.hits[0]?.href.endsWith('/2023/jiaoyuju/index.html'), JSON.stringify(r.hits[0]));
      const none = await open(base(), `${page}?q=${encodeURIComponent('不存在的词语组合')}`);
      assert.deepEqual(none.hits, []);
      assert.match(none.status, /没有找到/);
    });
  });
}

test('a page of results has no WCAG 2.1 A/AA violation (axe), and Tab reaches every result, the filters and 显示更多', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    const context = await served.browser.newContext({ viewport });
    const tab = await context.newPage();
    const problems = [];
    for (const check of [axeProblems, keyboardProblems]) {
      await tab.goto(`${served.server.base}search/?q=IPv6`);
      await tab.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
      problems.push(...(await check(tab)).map((p) => `${viewport.width} px: ${p}`));
    }
    await context.close();
    assert.deepEqual(problems, []);
  }
});
