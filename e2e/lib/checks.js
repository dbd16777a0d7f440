// Checks of an open page. Each returns a list of problems in words; an empty list means it passed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core with the WCAG 2.1 A and AA rules: one problem per violating element. */
export async function axeProblems(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), WCAG_TAGS);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `axe ${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
}

/**
 * Tabs through the page from the top: focus must visit every link and control in document order,
 * nothing else, and each must look different when focused (outline or box-shadow) and be on screen.
 * Load the page fresh before calling: Tab starts from where focus last was.
 */
export async function keyboardProblems(page) {
  const unfocused = await page.evaluate(() => {
    const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, '
      + 'audio[controls], video[controls], [tabindex], [contenteditable]';
    // Of a group of radio buttons, Tab stops only on the checked one, or on the first if none is.
    const radioStop = (el) => {
      const group = [...document.querySelectorAll('input[type=radio]')]
        .filter((r) => r.name === el.name && r.form === el.form);
      return el === (group.find((r) => r.checked) ?? group[0]);
    };
    const stops = [...document.querySelectorAll(selector)].filter((el) => el.tabIndex >= 0
      && !el.disabled && el.type !== 'hidden' && el.checkVisibility({ visibilityProperty: true })
      && (el.type !== 'radio' || !el.name || radioStop(el)));
    stops.forEach((el, i) => { el.dataset.e2eTab = String(i); });
    return stops.map((el) => {
      const s = getComputedStyle(el);
      return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
    });
  });
  const problems = [];
  for (let i = 0; i <= unfocused.length; i++) {
    await page.keyboard.press('Tab');
    const active = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const text = (el.textContent || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
      return {
        index: el.dataset.e2eTab === undefined ? -1 : Number(el.dataset.e2eTab),
        name: `<${el.localName}${el.hasAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> “${text.slice(0, 30)}”`,
        outlineStyle: s.outlineStyle,
        outlineWidth: parseFloat(s.outlineWidth),
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        shadow: s.boxShadow,
        onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
          && r.top < innerHeight && r.left < innerWidth,
      };
    });
    if (i === unfocused.length) {
      if (active) problems.push(`Tab after the last link reached another stop: ${active.name}`);
      break;
    }
    if (!active || active.index !== i) {
      problems.push(`Tab ${i + 1}: focus should reach stop ${i + 1} of ${unfocused.length} in document order, `
        + `but went to ${active ? active.name : 'nothing'}`);
      break;
    }
    const outlineShows = active.outlineStyle !== 'none' && active.outlineWidth > 0
      && active.outline !== unfocused[i].outline;
    const shadowShows = active.shadow !== 'none' && active.shadow !== unfocused[i].shadow;
    if (!outlineShows && !shadowShows) problems.push(`no visible focus indicator on ${active.name}`);
    if (!active.onScreen) problems.push(`focused but off screen: ${active.name}`);
  }
  return problems;
}

/** The page must not scroll sideways; names the elements that stick out of the viewport. */
export async function overflowProblems(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(el))
      .slice(0, 3)
      .map((el) => `<${el.localName}${el.hasAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`);
    return [`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport: ${wide.join(', ')}`];
  });
}

/**
 * In tables on a phone: a cell spanning several columns that starts on screen shows its text starting on
 * screen (a figure for the whole year, right-aligned across four quarters, was out of sight; a single
 * column cut by the screen's edge is what scrolling is for), a web address in a cell breaks only
 * where the page allows it (after a <wbr>), never mid-word; a run of digits (a 备案号, a phone number)
 * stays on one line, since “99010202000” above “0012号” reads as two numbers; and a column heading of a
 * table that scrolls sideways anyway stays on one line (“第一季” above “度” bought no room).
 */
export async function tableTextProblems(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    // the boxes of a node's contents, or of the characters [from, to) of a text node
    const rectsOf = (node, from, to) => {
      const range = document.createRange();
      if (from === undefined) {
        range.selectNodeContents(node);
      } else {
        range.setStart(node, from);
        range.setEnd(node, to);
      }
      return [...range.getClientRects()].filter((r) => r.width > 0);
    };
    const lineCount = (rects) => new Set(rects.map((r) => Math.round(r.top))).size;
    for (const td of document.querySelectorAll('td[colspan]')) {
      if (td.colSpan < 2) continue;
      const box = td.getBoundingClientRect();
      const rects = rectsOf(td);
      if (box.width > 0 && box.left < width && rects.length > 0 && rects[0].left >= width) {
        problems.push(`a cell spanning ${td.colSpan} columns starts on screen but its text `
          + `“${td.textContent.trim().slice(0, 20)}” is off screen (at ${Math.round(rects[0].left)}px in a ${width}px viewport)`);
      }
    }
    for (const td of document.querySelectorAll('td')) {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.textContent.matchAll(/\d{3,}/g)) {
          if (lineCount(rectsOf(node, m.index, m.index + m[0].length)) > 1) {
            problems.push(`the digits ${m[0]} break over lines in “${td.textContent.trim().slice(0, 30)}”`);
          }
        }
      }
    }
    for (const th of document.querySelectorAll('th[scope="col"]')) {
      const table = th.closest('table');
      const scroller = table.parentElement;
      const scrolls = scroller && getComputedStyle(scroller).overflowX !== 'visible'
        && scroller.scrollWidth > scroller.clientWidth + 1;
      if (scrolls && lineCount(rectsOf(th)) > 1) {
        problems.push(`the column heading “${th.textContent.trim()}” breaks over lines in a table that scrolls sideways anyway`);
      }
    }
    for (const a of document.querySelectorAll('td a')) {
      if (!/^https?:\/\//.test(a.textContent)) continue;
      for (const node of a.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        if (lineCount(rectsOf(node)) > 1) problems.push(`the web address ${a.textContent} breaks inside “${node.textContent}”`);
      }
    }
    return problems;
  });
}
