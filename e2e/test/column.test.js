// The demo column as a visitor sees it. Reads site-src/target/column (built by `mvn -B verify`), or
// the folder named by NIANBAO_COLUMN. Every page is loaded; the slow checks (axe, keyboard) run on a
// few sample pages of each kind. Screenshots go to e2e/target/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/browser.js';
import { cjkFontConfig } from '../lib/fonts.js';
import { pagesByKind, samplesOf } from '../lib/pages.js';
import { serve } from '../lib/server.js';
import {
  accessibilityProblems, fileProblems, httpProblems, keyboardProblemsOf, phoneProblems, screenshots,
} from '../lib/suite.js';
import { htmlErrors } from '../lib/vnu.js';

const here = dirname(fileURLToPath(import.meta.url));
const COLUMN = resolve(process.env.NIANBAO_COLUMN ?? join(here, '../../site-src/target/column'));
const TARGET = join(here, '../target');
const kinds = pagesByKind(COLUMN);

let server;
let browser;
before(async () => {
  server = await serve(COLUMN);
  browser = await launch(cjkFontConfig(TARGET));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the column has a home page, year pages, report pages and site pages, and the xxgk year, report and body pages', () => {
  for (const kind of ['index.html', '<n>/index.html', '<n>/*/index.html', 'sites/*/index.html',
    'xxgk/<n>/index.html', 'xxgk/<n>/*/index.html', 'xxgk/*/*/index.html']) {
    assert.ok(kinds.get(kind)?.length > 0, `no page of kind ${kind}; kinds found: ${[...kinds.keys()]}`);
  }
});

test('the Nu Html Checker finds no error in any page or stylesheet', async () => {
  assert.deepEqual(await htmlErrors(COLUMN), []);
});

for (const [kind, pages] of kinds) {
  const samples = samplesOf(COLUMN, pages);
  describe(`${kind} (${pages.length} pages)`, () => {
    test('every page loads under a sub-path on 127.0.0.1: no failed or outside request, no console error',
      async () => assert.deepEqual(await httpProblems(browser, server.base, pages), []));
    test('every page loads from file://: no failed or outside request, no console error',
      async () => assert.deepEqual(await fileProblems(browser, COLUMN, pages), []));
    test('every page fits a 375 px phone without sideways scrolling',
      async () => assert.deepEqual(await phoneProblems(browser, server.base, pages), []));
    test(`no WCAG 2.1 A/AA violation (axe) at 1280 and 375 px: ${samples.join(', ')}`,
      async () => assert.deepEqual(await accessibilityProblems(browser, server.base, samples), []));
    test(`Tab reaches every link and control in order, with visible focus: ${samples.join(', ')}`,
      async () => assert.deepEqual(await keyboardProblemsOf(browser, server.base, samples), []));
    test(`screenshots at 1280 and 375 px: ${samples[0]}`, async () => {
      const files = await screenshots(browser, server.base, [samples[0]], join(TARGET, 'screenshots'));
      assert.equal(files.length, 2);
    });
  });
}
