// A report as it prints: printed to PDF by Chromium on A4 and its pages counted. The printed report
// is the official table, then 填报信息 as a signature block, then the narrative, then the footer
// (主办单位, 标识码, 备案号); no controls (关怀模式, search) and no charts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/browser.js';
import { cjkFontConfig } from '../lib/fonts.js';
import { serve } from '../lib/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const COLUMN = resolve(process.env.NIANBAO_COLUMN ?? join(here, '../../site-src/target/column'));
const TARGET = join(here, '../target');
const REPORTS = ['2023/jiaoyuju/index.html', '2023/menhu/index.html', '2023/supervision/index.html'];
let browser;
let server;

before(async () => {
  // a CJK font, as a reader's machine has: page breaks depend on the glyphs' widths
  browser = await launch(cjkFontConfig(TARGET));
  server = await serve(COLUMN);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A4 pages of the PDF Chromium prints: one /Type /Page object each (not /Pages, the tree). */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

async function printed(path, prepare = async () => {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.base + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await prepare(page);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const shown = (el) => el !== null && el.checkVisibility();
      const top = (sel) => document.querySelector(sel)?.getBoundingClientRect().top ?? null;
      return {
        controls: [...document.querySelectorAll('input, button, select, .tools a, .masthead nav, .breadcrumbs, .downloads')]
          .filter(shown).map((el) => el.outerHTML.slice(0, 60)),
        charts: shown(document.querySelector('.charts-section')),
        footer: shown(document.querySelector('.site-footer')) ? document.querySelector('.site-footer').innerText : '',
        order: { table: top('.form-table'), signature: top('.signature'), narrative: top('.narrative'), footer: top('.site-footer') },
        signature: shown(document.querySelector('.signature')) ? document.querySelector('.signature').innerText : '',
      };
    });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return { layout, pages: pages(pdf) };
  } finally {
    await context.close();
  }
}

for (const path of REPORTS) {
  test(`${path} prints as the form, the signature block, the narrative and the footer, no controls`, async () => {
    const { layout } = await printed(path);
    assert.deepEqual(layout.controls, []);
    assert.equal(layout.charts, false, 'charts are not printed');
    assert.match(layout.footer, /主办单位/);
    assert.match(layout.footer, /网站标识码/);
    assert.match(layout.signature, /单位负责人.+审核人.+填报人/s);
    const { table, signature, narrative, footer } = layout.order;
    assert.ok(table < signature && signature < narrative && narrative < footer, JSON.stringify(layout.order));
  });

  test(`${path}: the form prints on at most 3 A4 pages, the whole report on at most one more`, async () => {
    const form = await printed(path, (page) => page.evaluate(() => document.querySelector('.narrative')?.remove()));
    assert.ok(form.pages >= 1 && form.pages <= 3, `the form alone prints on ${form.pages} pages`);
    const whole = await printed(path);
    assert.ok(whole.pages <= form.pages + 1, `the report prints on ${whole.pages} pages, its form on ${form.pages}`);
  });
}

// A 政府信息公开工作年度报告 prints as published: the 政府信息公开目录 entries, the title, 一、总体情况, the
// format's tables (part 四's fifteen columns within the page's width), 五 and 六, the footer; no controls.
const XXGK = ['xxgk/2023/jiaoyuju/index.html'];
for (const path of XXGK) {
  test(`${path} prints as the catalog entries, the tables within the page, the narrative and the footer`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(server.base + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.emulateMedia({ media: 'print' });
      // A4 at 15 mm margins: 180 mm of content, as CSS pixels
      await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
      const layout = await page.evaluate(() => {
        const shown = (el) => el !== null && el.checkVisibility();
        const top = (sel) => document.querySelector(sel)?.getBoundingClientRect().top ?? null;
        const main = document.querySelector('main').getBoundingClientRect();
        return {
          controls: [...document.querySelectorAll('input, button, select, .tools a, .masthead nav, .breadcrumbs, .downloads')]
            .filter(shown).map((el) => el.outerHTML.slice(0, 60)),
          catalog: shown(document.querySelector('.catalog')) ? document.querySelector('.catalog').innerText : '',
          order: { catalog: top('.catalog'), title: top('article h1'), tables: top('.xxgk-table'),
            after: top('.xxgk-part ~ .narrative'), footer: top('.site-footer') },
          overflowing: [...document.querySelectorAll('.xxgk-table')]
            .filter((t) => t.getBoundingClientRect().right > main.right + 1).map((t) => t.querySelector('caption').innerText),
        };
      });
      assert.deepEqual(layout.controls, []);
      assert.match(layout.catalog, /索引号.+分类.+发布机构.+发文日期.+文号.+有效性/s);
      assert.deepEqual(layout.overflowing, [], 'every table fits the printed page');
      const { catalog, title, tables, after: rest, footer } = layout.order;
      assert.ok(catalog < title && title < tables && tables < rest && rest < footer, JSON.stringify(layout.order));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      assert.ok(pages(pdf) <= 4, `the report prints on ${pages(pdf)} pages`);
    } finally {
      await context.close();
    }
  });
}
