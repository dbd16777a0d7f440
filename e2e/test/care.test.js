// 适老化 measured in Chromium at 1280 px on every kind of page, with 关怀模式 off and on, against the figures
// of 工信部's 2021 age-friendly specifications (the app specification's, applied to pages): main text ≥ 18 pt
// (24 CSS px) in 关怀模式, line spacing ≥ 1.3, contrast ≥ 4.5:1 (3:1 for large text), targets ≥ 44 px
// (≥ 60 px in 关怀模式), no pop-ups, every control by keyboard.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyboardProblems } from '../lib/checks.js';
import { pagesByKind, samplesOf } from '../lib/pages.js';
import { COLUMN, servedColumn } from '../lib/column.js';

const served = servedColumn();

// The first and the largest page of each kind; the search page with results showing.
const pages = [...pagesByKind(COLUMN).values()]
  .flatMap((list) => samplesOf(COLUMN, list).slice(0, 2))
  .map((path) => (path === 'search/index.html' ? `${path}?q=${encodeURIComponent('网站')}` : path));

const MODES = [
  { name: '普通模式', care: false, text: 0, target: 44 },
  { name: '关怀模式', care: true, text: 24, target: 60 },
];

/** Runs fn(page, problems) on path at 1280 px in the mode; dialogs and new windows are recorded, never opened. */
async function onPage(mode, path, fn, breakage = {}) {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  // care.js restores the visitor's choice from storage, as it does when they come back.
  await context.addInitScript((care) => {
    try { localStorage.setItem('nianbao-care', care ? '1' : '0'); } catch { /* no storage */ }
    window.__popups = [];
    for (const name of ['open', 'alert', 'confirm', 'prompt']) {
      window[name] = (...args) => { window.__popups.push(`${name}(${args.map(String).join(', ')})`); return null; };
    }
  }, mode.care);
  const page = await context.newPage();
  const popups = [];
  page.on('dialog', (d) => { popups.push(`${d.type()} “${d.message()}”`); d.dismiss(); });
  page.on('popup', (p) => popups.push(`new window ${p.url()}`));
  try {
    await page.goto(served.server.base + path, { waitUntil: 'load' });
    await page.waitForFunction((care) => document.getElementById('care-mode')?.checked === care, mode.care);
    if (breakage.css) await page.addStyleTag({ content: breakage.css });
    if (breakage.script) await page.evaluate(breakage.script);
    return await fn(page, popups);
  } finally {
    await context.close();
  }
}

/** For each mode and page, the problems measure(page, mode) finds, as "mode path: problem" lines. */
async function everyPage(measure) {
  const problems = [];
  for (const mode of MODES) {
    for (const path of pages) {
      const found = await onPage(mode, path, (page, popups) => measure(page, mode, popups));
      problems.push(...found.map((p) => `${mode.name} ${path}: ${p}`));
    }
  }
  return problems;
}

// Shared in-page helpers: visible text elements (own text, not visually hidden), and how to name one.
const IN_PAGE = () => {
  const name = (el) => {
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
    return `<${el.localName}${el.hasAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> “${text.slice(0, 20)}”`;
  };
  const hidden = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clipPath !== 'none' || (s.clip !== 'auto' && s.position === 'absolute')) return true;
    }
    return false;
  };
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  const FIELDS = 'input:not([type=checkbox],[type=radio],[type=hidden]), select, textarea';
  const textElements = () => [...document.body.querySelectorAll('*')]
    .filter((el) => !['script', 'style', 'option', 'noscript'].includes(el.localName)
      && (ownText(el) || el.matches(FIELDS)) && !hidden(el));
  window.__care = { name, hidden, textElements };
};

async function helpers(page) {
  await page.evaluate(IN_PAGE);
}

// Main text: paragraphs, table cells and list items, and the inline text inside them.
const MAIN_TEXT = 'p, td, th, li, dd, dt, caption';

const TEXT_SIZE = async (page, mode) => {
    if (!mode.care) return [];
    await helpers(page);
    return page.evaluate(({ MAIN_TEXT, min }) => window.__care.textElements()
      .filter((el) => el.closest(MAIN_TEXT))
      .map((el) => ({ el, size: parseFloat(getComputedStyle(el).fontSize) }))
      .filter(({ size }) => size < min - 0.01)
      .map(({ el, size }) => `${window.__care.name(el)} ${size.toFixed(1)}px`), { MAIN_TEXT, min: mode.text });
  };

test('关怀模式: the main text (paragraphs, table cells, list items) is at least 18 pt (24 CSS px)',
  async () => assert.deepEqual(await everyPage(TEXT_SIZE), []));

const LINE_SPACING = async (page) => {
    await helpers(page);
    return page.evaluate((MAIN_TEXT) => window.__care.textElements()
      .filter((el) => el.closest(MAIN_TEXT))
      .map((el) => {
        const s = getComputedStyle(el);
        // "normal" depends on the font, about 1.2 for most: it does not promise 1.3.
        const ratio = s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight) / parseFloat(s.fontSize);
        return { el, ratio, lh: s.lineHeight };
      })
      .filter(({ ratio }) => ratio < 1.3 - 1e-3)
      .map(({ el, ratio, lh }) => `${window.__care.name(el)} line-height ${lh} = ${ratio.toFixed(2)}`), MAIN_TEXT);
  };

test('line spacing of the main text is at least 1.3 times its size, in both modes',
  async () => assert.deepEqual(await everyPage(LINE_SPACING), []));

const CONTRAST = async (page) => {
    await helpers(page);
    return page.evaluate(() => {
      const rgba = (c) => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m) return null; // a colour Chromium does not give as rgb(): not measured
        const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        return [r, g, b, a];
      };
      const over = (top, bottom) => top.slice(0, 3).map((v, i) => v * top[3] + bottom[i] * (1 - top[3])).concat(1);
      // The effective background: the first ancestor's non-transparent background colour, with the
      // translucent ones above it laid on top; white under the page.
      const background = (el) => {
        const layers = [];
        for (let e = el; e; e = e.parentElement) {
          const c = rgba(getComputedStyle(e).backgroundColor);
          if (c && c[3] > 0) {
            layers.push(c);
            if (c[3] >= 1) break;
          }
        }
        return layers.reduceRight((under, layer) => over(layer, under), [255, 255, 255, 1]);
      };
      const opacity = (el) => {
        let o = 1;
        for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
        return o;
      };
      const luminance = ([r, g, b]) => {
        const lin = (v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const problems = [];
      for (const el of window.__care.textElements()) {
        const s = getComputedStyle(el);
        const bg = background(el);
        const ink = rgba(s.color);
        if (!ink) continue;
        const fg = over([...ink.slice(0, 3), ink[3] * opacity(el)], bg);
        const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        const size = parseFloat(s.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
        const min = large ? 3 : 4.5;
        if (ratio < min - 0.005) {
          problems.push(`${window.__care.name(el)} ${ratio.toFixed(2)}:1 < ${min}:1 (${s.color} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')}), ${size}px)`);
        }
      }
      return problems;
    });
  };

test('every visible text has a contrast of at least 4.5:1 (3:1 for large text) with its background, in both modes',
  async () => assert.deepEqual(await everyPage(CONTRAST), []));

const TARGETS = async (page, mode) => {
    await helpers(page);
    return page.evaluate((min) => {
      const { name, hidden } = window.__care;
      const targets = [...document.body.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
        .filter((el) => !hidden(el) || el.matches('.skip'))
        // WCAG 2.5.8's inline exception: a link inside a sentence of running text (a paragraph of main
        // that has words of its own besides its links) is sized by the line. Links in table cells, lists,
        // navigation, the footer or a paragraph of links alone are not running text.
        .filter((el) => {
          const p = el.localName === 'a' && el.closest('main p');
          if (!p) return true;
          const copy = p.cloneNode(true);
          copy.querySelectorAll('a, .visually-hidden').forEach((a) => a.remove());
          return !copy.textContent.trim();
        })
        // a checkbox is clicked through its label, which is its target
        .map((el) => (el.matches('input[type=checkbox], input[type=radio]') && el.labels?.[0]) || el);
      return [...new Set(targets)].map((el) => {
        const r = el.getBoundingClientRect();
        return { el, w: r.width, h: r.height };
      })
        .filter(({ w, h }) => w < min - 0.01 || h < min - 0.01)
        .map(({ el, w, h }) => `${name(el)} ${w.toFixed(1)}×${h.toFixed(1)}px`);
    }, mode.target);
  };

test('every link and control is a target of at least 44×44 px (60×60 px in 关怀模式)',
  async () => assert.deepEqual(await everyPage(TARGETS), []));

const POPUPS = async (page, mode, popups) => {
    const layers = () => page.evaluate(() => [...document.body.querySelectorAll('*')]
      .filter((el) => (getComputedStyle(el).position === 'fixed' || (el.localName === 'dialog' && el.open))
        && el.checkVisibility() && el.getBoundingClientRect().width * el.getBoundingClientRect().height > 0)
      .map((el) => `fixed layer <${el.localName}${el.className ? ` class="${el.className}"` : ''}>`));
    const found = [...await layers()];
    // Links that open a new window are pop-ups too.
    found.push(...await page.evaluate(() => [...document.querySelectorAll('a[target], form[target]')]
      .filter((el) => !['_self', '_top', '_parent', ''].includes(el.target))
      .map((el) => `opens a new window: <${el.localName} target="${el.target}">`)));
    // Each control clicked in turn; links and forms do not leave the page (the page's own handlers still run).
    await page.evaluate(() => {
      addEventListener('click', (e) => { if (e.target.closest?.('a[href]')) e.preventDefault(); });
      addEventListener('submit', (e) => e.preventDefault());
      for (const el of document.body.querySelectorAll('a[href], button, input, select, summary, label')) el.click();
    });
    await page.waitForTimeout(100);
    found.push(...await layers());
    found.push(...popups, ...await page.evaluate(() => window.__popups));
    return found;
  };

test('no pop-ups: no window or dialog opens on load or on clicking any control, no fixed layer covers the page',
  async () => assert.deepEqual(await everyPage(POPUPS), []));

const KEYBOARD = (page) => keyboardProblems(page);

test('Tab reaches every link and control in document order with a visible focus outline, in both modes',
  async () => assert.deepEqual(await everyPage(KEYBOARD), []));

// Each measure finds its rule broken on a page made to break it, so that its passing above means something.
const BROKEN = [
  ['small text', TEXT_SIZE, { css: 'main p { font-size: 20px !important; }' }, [MODES[1]]],
  ['tight lines', LINE_SPACING, { css: 'main p { line-height: 1.2 !important; }' }],
  ['pale text', CONTRAST, { css: 'main p { color: #aaa !important; }' }],
  ['small targets', TARGETS, { css: '.years a { display: inline !important; padding: 0 !important; min-height: 0 !important; }' }],
  ['a dialog on click', POPUPS, { script: () => document.querySelector('.years a').addEventListener('click', () => alert('!')) }],
  ['a new window', POPUPS, { script: () => document.querySelector('.years a').setAttribute('target', '_blank') }],
  ['a fixed layer', POPUPS, { script: () => document.body.insertAdjacentHTML('beforeend', '<div style="position:fixed;inset:0;background:#fff8">关注</div>') }],
  ['no focus outline', KEYBOARD, { css: ':focus-visible { outline: none !important; box-shadow: none !important; }' }],
];
for (const [what, measure, breakage, modes = MODES] of BROKEN) {
  test(`the measures see ${what}`, async () => {
    for (const mode of modes) {
      const found = await onPage(mode, 'index.html', (page, popups) => measure(page, mode, popups), breakage);
      assert.notDeepEqual(found, [], mode.name);
    }
  });
}
