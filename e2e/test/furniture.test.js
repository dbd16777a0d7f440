// The portal's furniture on every kind of page: the footer's links a government site carries (联系我们,
// 网站地图 as a page, 我为政府网站找错 with the site's 标识码, the portal's own 党政机关网站标识, 备案号
// linked to their registries), an icon of the column's own, SiteName naming the portal, a home page
// <title> that names the column once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { launch } from '../lib/browser.js';
import { listPages, pagesByKind } from '../lib/pages.js';
import { COLUMN, servedColumn } from '../lib/column.js';

const here = dirname(fileURLToPath(import.meta.url));
const SITE_YAML = readFileSync(join(here, '../../site-src/site.yaml'), 'utf8');
// a value as YAML reads it: without quotes or a trailing " # comment"
const key = (name) => new RegExp(`^${name}: *"?([^"\\n]*?)"?(?:\\s+#.*)?$`, 'm').exec(SITE_YAML)?.[1];
const served = servedColumn();

const samples = [...pagesByKind(COLUMN).values()].map((pages) => pages[0]);

test('every kind of page has the footer a government site carries, linking the portal\'s own addresses', async () => {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  try {
    for (const path of samples) {
      await page.goto(served.server.base + path);
      const footer = await page.evaluate(() => {
        const f = document.querySelector('footer.site-footer');
        const link = (text) => [...f.querySelectorAll('a')].find((a) => a.textContent.trim() === text)?.href ?? null;
        const emblem = f.querySelector('img[alt="党政机关网站标识"]');
        return {
          contact: link('联系我们'),
          sitemap: link('网站地图'),
          errorReport: link('我为政府网站找错'),
          emblem: emblem ? { src: emblem.src, loaded: emblem.complete && emblem.naturalWidth > 0, link: emblem.closest('a')?.href } : null,
          icp: [...f.querySelectorAll('a')].find((a) => a.textContent.includes('ICP备'))?.href ?? null,
          psb: [...f.querySelectorAll('a')].find((a) => a.textContent.includes('公网安备'))?.href ?? null,
        };
      });
      assert.equal(footer.contact, key('联系我们'), path);
      assert.equal(footer.sitemap, `${served.server.base}sitemap/index.html`, path);
      assert.match(footer.errorReport ?? '', new RegExp(`^https://zfwzgl\\.www\\.gov\\.cn/.*site_code=${key('网站标识码')}`), path);
      assert.ok(footer.emblem, `${path}: 党政机关网站标识`);
      assert.equal(footer.emblem.src, served.server.base + key('党政机关标识图片'), path);
      assert.equal(footer.emblem.loaded, true, path);
      assert.equal(footer.emblem.link, key('党政机关标识链接'), path);
      assert.equal(footer.icp, 'https://beian.miit.gov.cn/', path);
      assert.match(footer.psb ?? '', /^https:\/\/www\.beian\.gov\.cn\/portal\/registerSystemInfo\?recordcode=\d+$/, path);
    }
  } finally {
    await context.close();
  }
});

test('网站地图 is a page linking every year, report and site page of the column', async () => {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${served.server.base}sitemap/index.html`);
    const links = new Set(await page.evaluate(() => [...document.querySelectorAll('main a')].map((a) => a.href)));
    const expected = listPages(COLUMN).filter((p) => /^(\d{4}|sites|charts)\//.test(p) || p === 'index.html');
    assert.deepEqual(expected.filter((p) => !links.has(served.server.base + p)), []);
  } finally {
    await context.close();
  }
});

test('every kind of page names an icon inside the column, and SiteName is the portal\'s name', async () => {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  try {
    for (const path of samples) {
      await page.goto(served.server.base + path);
      const head = await page.evaluate(() => ({
        icon: document.querySelector('link[rel~="icon"]')?.href ?? null,
        siteName: document.querySelector('meta[name="SiteName"]')?.content,
      }));
      assert.ok(head.icon?.startsWith(served.server.base), `${path}: icon ${head.icon}`);
      assert.equal((await context.request.get(head.icon)).status(), 200, `${path}: ${head.icon}`);
      assert.equal(head.siteName, key('门户网站名称'), path);
    }
  } finally {
    await context.close();
  }
});

test('the home page <title> names the column once', async () => {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${served.server.base}index.html`);
    const title = await page.title();
    const column = key('栏目名称');
    assert.equal(title.split(column).length - 1, 1, title);
  } finally {
    await context.close();
  }
});
