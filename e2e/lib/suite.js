// The whole set of visitor checks over one folder of pages. The demo column's test and the broken
// fixtures' tests both go through here, so a check proven to fail on a fixture is the one run on the column.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { watchedTab } from './browser.js';
import { axeProblems, keyboardProblems, overflowProblems, tableTextProblems } from './checks.js';

export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** Opens each page in one tab and runs check(page, path) on it; problems are prefixed with the page's path. */
async function eachPage(browser, contextOptions, base, allowedPrefix, pages, check) {
  const context = await browser.newContext(contextOptions);
  const all = [];
  try {
    const tab = await watchedTab(context, allowedPrefix);
    for (const path of pages) {
      const problems = await tab.open(base + path);
      problems.push(...(await check(tab.page, path)));
      // Console errors and requests during the check count too: the list is live until here.
      all.push(...problems.map((p) => `${path}: ${p}`));
    }
  } finally {
    await context.close();
  }
  return all;
}

/** The pages served over http at base: loaded with no failed, outside or erroring request. */
export function httpProblems(browser, base, pages, contextOptions = DESKTOP, check = async () => []) {
  return eachPage(browser, contextOptions, base, base, pages, check);
}

/** The same pages opened straight from the folder root with file://. */
export function fileProblems(browser, root, pages) {
  const base = pathToFileURL(root).href.replace(/\/?$/, '/');
  return eachPage(browser, DESKTOP, base, base, pages, async () => []);
}

/** On a 375 px phone: no sideways scrolling; table text in sight and web addresses not broken mid-word. */
export function phoneProblems(browser, base, pages) {
  return httpProblems(browser, base, pages, PHONE,
    async (page) => [...(await overflowProblems(page)), ...(await tableTextProblems(page))]);
}

/** axe-core's WCAG 2.1 A/AA rules, on a desktop and on a phone. */
export async function accessibilityProblems(browser, base, pages) {
  return [
    ...(await httpProblems(browser, base, pages, DESKTOP, (page) => axeProblems(page))),
    ...(await httpProblems(browser, base, pages, PHONE, (page) => axeProblems(page))),
  ];
}

/** Tab order and visible focus, on a desktop and on a phone (where tables may become scrollable). */
export async function keyboardProblemsOf(browser, base, pages) {
  return [
    ...(await httpProblems(browser, base, pages, DESKTOP, (page) => keyboardProblems(page))),
    ...(await httpProblems(browser, base, pages, PHONE, (page) => keyboardProblems(page))),
  ];
}

/** Full-page screenshots at 1280 and 375 px: dir/<page path with - for />.<width>.png. */
export async function screenshots(browser, base, pages, dir) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const options of [DESKTOP, PHONE]) {
    await httpProblems(browser, base, pages, options, async (page, path) => {
      const file = join(dir, `${path.replace(/\.html$/, '').replaceAll('/', '-')}.${options.viewport.width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
      return [];
    });
  }
  return written;
}
