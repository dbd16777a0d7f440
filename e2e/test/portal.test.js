// What a visitor uses beyond reading: searching the column (from http and file://) and 关怀模式
// (large text, high contrast) with and without JavaScript.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../lib/browser.js';
import { serve } from '../lib/server.js';

const COLUMN = resolve(dirname(fileURLToPath(import.meta.url)), '../../site-src/target/column');
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve(COLUMN);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function searchFor(base, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  // (console errors and failed requests of every page are checked by column.test.js)
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}search/index.html`);
  await page.fill('#search-q', query);
  await page.click('#search-form button');
  const links = await page.$$eval('#search-results a', (as) => as.map((a) => ({ text: a.textContent, href: a.href })));
  await context.close();
  return { links, errors };
}

for (const [how, base] of [['http', () => server.base], ['file://', () => pathToFileURL(COLUMN).href + '/']]) {
  test(`search finds reports by site and year by Chinese bigrams (${how})`, async () => {
    const { links, errors } = await searchFor(base(), '教育局 2023');
    assert.deepEqual(errors, []);
    assert.equal(links[0]?.text, '示例市教育局政府网站工作年度报表（2023年度）');
    assert.ok(links[0].href.endsWith('/2023/jiaoyuju/index.html'), links[0].href);
    const none = await searchFor(base(), '不存在的词语组合');
    assert.deepEqual(none.links, []);
  });
}

test('without JavaScript the search page says so and 关怀模式 still works', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.base}search/index.html`);
  assert.equal(await page.isVisible('#search-nojs'), true);
  assert.equal(await page.isVisible('#search-form'), false);
  await page.goto(`${server.base}2023/jiaoyuju/index.html`);
  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  assert.equal(await size(), '16px');
  await page.check('#care-mode');
  assert.equal(await size(), '20px');
  await context.close();
});

test('关怀模式 is remembered across pages with JavaScript, and the system asking for more contrast is honoured', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}index.html`);
  await page.check('#care-mode');
  await page.goto(`${server.base}2023/index.html`);
  assert.equal(await page.isChecked('#care-mode'), true);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '20px');
  await context.close();

  const contrast = await browser.newContext({ contrast: 'more' });
  const p = await contrast.newPage();
  await p.goto(`${server.base}2023/index.html`);
  const muted = await p.evaluate(() => getComputedStyle(document.querySelector('.lead')).color);
  assert.equal(muted, 'rgb(31, 35, 41)');
  await contrast.close();
});
