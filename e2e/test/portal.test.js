// What a visitor uses beyond reading: 关怀模式 (large text, high contrast) with and without
// JavaScript, and what the search page says without it (search itself: search.test.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch } from '../lib/browser.js';
import { servedColumn } from '../lib/column.js';

const served = servedColumn();

test('without JavaScript the search page says so and 关怀模式 still works', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.server.base}search/index.html`);
  assert.equal(await page.isVisible('#search-nojs'), true);
  assert.equal(await page.isVisible('#search-form'), false);
  await page.goto(`${served.server.base}2023/jiaoyuju/index.html`);
  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  assert.equal(await size(), '16px');
  await page.check('#care-mode');
  assert.equal(await size(), '24px'); // 18 pt, 工信部's least size of main text in 关怀模式
  await context.close();
});

test('关怀模式 is remembered across pages with JavaScript, and the system asking for more contrast is honoured', async () => {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${served.server.base}index.html`);
  await page.check('#care-mode');
  await page.goto(`${served.server.base}2023/index.html`);
  assert.equal(await page.isChecked('#care-mode'), true);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '24px');
  await context.close();

  const contrast = await served.browser.newContext({ contrast: 'more' });
  const p = await contrast.newPage();
  await p.goto(`${served.server.base}2023/index.html`);
  const muted = await p.evaluate(() => getComputedStyle(document.querySelector('.lead')).color);
  assert.equal(muted, 'rgb(31, 35, 41)');
  await contrast.close();
});
