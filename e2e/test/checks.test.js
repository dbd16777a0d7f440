// Each check of the visitor suite is fed a small page broken for it (e2e/fixtures/<name>/) and must
// fail on it, and a good page (fixtures/good/) must pass them all: a check that cannot fail proves nothing.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/browser.js';
import { cjkFontConfig } from '../lib/fonts.js';
import { kindOf, pagesByKind } from '../lib/pages.js';
import { serve } from '../lib/server.js';
import {
  accessibilityProblems, fileProblems, httpProblems, keyboardProblemsOf, phoneProblems,
} from '../lib/suite.js';
import { htmlErrors } from '../lib/vnu.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '../fixtures');
const PAGE = ['index.html'];
const fixture = (name) => join(FIXTURES, name);

let browser;
before(async () => {
  // the phone checks measure text: without a CJK font Chromium lays Chinese out with whatever glyphs the
  // machine has (none here), and a heading that breaks with real glyphs fits on one line
  browser = await launch(cjkFontConfig(join(here, '../target')));
});
after(async () => {
  await browser?.close();
});

/** Runs check(base) with the fixture served under the sub-path. */
async function served(name, check) {
  const server = await serve(fixture(name));
  try {
    return await check(server.base);
  } finally {
    await server.close();
  }
}

function assertReports(problems, pattern) {
  assert.ok(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n${problems.join('\n')}`);
}

test('the good fixture passes every check', async () => {
  assert.deepEqual(await htmlErrors(fixture('good')), []);
  assert.deepEqual(await fileProblems(browser, fixture('good'), PAGE), []);
  await served('good', async (base) => {
    assert.deepEqual(await httpProblems(browser, base, PAGE), []);
    assert.deepEqual(await phoneProblems(browser, base, PAGE), []);
    assert.deepEqual(await accessibilityProblems(browser, base, PAGE), []);
    assert.deepEqual(await keyboardProblemsOf(browser, base, PAGE), []);
  });
});

describe('each check fails on a page broken for it', () => {
  test('Nu Html Checker: invalid markup', async () => {
    assertReports(await htmlErrors(fixture('invalid-html')), /invalid-html\/index\.html:\d+:\d+: Stray end tag “span”/);
  });

  test('browser: a missing image is a failed request, served and from file://', async () => {
    await served('dead-resource', async (base) =>
      assertReports(await httpProblems(browser, base, PAGE), /HTTP 404: .*\/zfwzndbb\/charts\/missing\.png/));
    assertReports(await fileProblems(browser, fixture('dead-resource'), PAGE), /request failed: file:.*charts\/missing\.png/);
  });

  test('browser: a script from another host is reported and never fetched', async () => {
    const outside = /request leaves the column: https:\/\/cdn\.example\.com\/analytics\.js/;
    await served('external-script', async (base) => assertReports(await httpProblems(browser, base, PAGE), outside));
    assertReports(await fileProblems(browser, fixture('external-script'), PAGE), outside);
  });

  test('browser: a root-relative URL leaves the sub-path, and breaks from file://', async () => {
    await served('root-relative', async (base) => assertReports(await httpProblems(browser, base, PAGE),
      /request leaves the column: http:\/\/127\.0\.0\.1:\d+\/style\.css/));
    assertReports(await fileProblems(browser, fixture('root-relative'), PAGE), /file:\/\/\/style\.css/);
  });

  test('browser: a console error is reported', async () => {
    await served('console-error', async (base) =>
      assertReports(await httpProblems(browser, base, PAGE), /console error: 统计数据加载失败/));
  });

  test('browser: an uncaught exception is reported', async () => {
    await served('script-error', async (base) =>
      assertReports(await httpProblems(browser, base, PAGE), /uncaught exception: .*undefinedFunction/));
  });

  test('axe: text with too little contrast is a WCAG 2 AA violation', async () => {
    await served('axe-violation', async (base) =>
      assertReports(await accessibilityProblems(browser, base, PAGE), /axe color-contrast \(serious\)/));
  });

  test('keyboard: a link whose focus cannot be seen', async () => {
    await served('no-focus-style', async (base) =>
      assertReports(await keyboardProblemsOf(browser, base, PAGE), /no visible focus indicator on <a> “键盘聚焦时看不出位置的链接”/));
  });

  test('keyboard: a positive tabindex takes focus out of document order', async () => {
    await served('tab-order', async (base) =>
      assertReports(await keyboardProblemsOf(browser, base, PAGE),
        /Tab 1: focus should reach stop 1 of 2 in document order, but went to <a> “第二个链接却最先获得焦点”/));
  });

  test('phone: a 900 px wide block makes the page scroll sideways', async () => {
    await served('too-wide', async (base) =>
      assertReports(await phoneProblems(browser, base, PAGE), /page is 9\d\dpx wide in a 375px viewport: <div>/));
  });

  test('phone: a right-aligned figure out of sight, a web address broken mid-word, digits and headings broken over lines', async () => {
    await served('table-text', async (base) => {
      const problems = await phoneProblems(browser, base, PAGE);
      assertReports(problems, /a cell spanning 5 columns starts on screen but its text “14” is off screen \(at \d+px in a 375px viewport\)/);
      assertReports(problems, /the web address https:\/\/jyj\.shili\.gov\.cn\/ breaks inside “https:\/\/jyj\.shili\.gov\.cn\/”/);
      assertReports(problems, /the digits 99010202000012 break over lines in “京公网安备99010202000012号”/);
      assertReports(problems, /the column heading “第一季度” breaks over lines in a table that scrolls sideways anyway/);
    });
  });
});

test('page kinds come from the folder: a new kind of page is found without being named anywhere', () => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-kinds-'));
  for (const page of ['index.html', '2023/index.html', '2023/jiaoyuju/index.html', '2022/jiaoyuju/index.html',
    'sites/jiaoyuju/index.html', 'embed/2023.html']) {
    mkdirSync(dirname(join(root, page)), { recursive: true });
    writeFileSync(join(root, page), '<!DOCTYPE html>');
  }
  assert.deepEqual([...pagesByKind(root)], [
    ['<n>/*/index.html', ['2022/jiaoyuju/index.html', '2023/jiaoyuju/index.html']],
    ['<n>/index.html', ['2023/index.html']],
    ['embed/<n>.html', ['embed/2023.html']],
    ['index.html', ['index.html']],
    ['sites/*/index.html', ['sites/jiaoyuju/index.html']],
  ]);
  assert.equal(kindOf('sites/jiaoyuju/charts/index.html'), 'sites/*/*/index.html');
});
