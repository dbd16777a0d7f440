// The 填报 page of `nianbao serve`, in Chromium against the real jar serving a copy of the demo's sources:
// a new report filled in from empty to saved with the keyboard alone, then built; a bad figure shown
// beside its field in the build's own words; requests without the page's token or from another origin
// refused; a file changed on disk since it was opened not overwritten; 375 px and 关怀模式.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from '../lib/browser.js';
import { axeProblems, keyboardProblems, overflowProblems } from '../lib/checks.js';
import { JAR, startPreview } from '../lib/preview.js';

let browser;
let preview;

before(async () => {
  browser = await launch();
  preview = await startPreview();
});

after(async () => {
  await browser?.close();
  await preview?.close();
});

/** A tab on the fill page of one report, ready once its first check has answered. */
async function openFill(year, site, options = { viewport: { width: 1280, height: 900 } }) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // nothing may leave the preview
  await page.route('**/*', (route) => (route.request().url().startsWith(preview.base) || route.request().url().startsWith('data:')
    ? route.continue() : route.abort()));
  await page.goto(`${preview.fill}?year=${year}&site=${site}`);
  await page.waitForFunction(() => /没有问题|还有/.test(document.getElementById('count')?.textContent ?? ''));
  return { page, context, errors };
}

/** Waits for the debounced check to answer after the last keystroke. */
async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.pending === '0');
}

/** The problem shown beside a field: the text of the problem element its aria-describedby names. */
function problemBeside(page, key) {
  return page.evaluate((k) => {
    const input = document.querySelector(`[data-key="${k}"]`);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const p = ids.map((i) => document.getElementById(i)).find((e) => e && e.classList.contains('problem'));
    return p && !p.hidden ? p.textContent : '';
  }, key);
}

/** What `nianbao check` prints for the sources: exit code and standard error. */
function check(source) {
  const r = spawnSync('java', ['-jar', JAR, 'check', '--source', source], { encoding: 'utf8' });
  return { status: r.status, err: r.stderr };
}

test('a new report is filled in from empty to saved with the keyboard alone, and builds', async () => {
  // menhu has no 2019 report: its 2020 report starts empty. The figures typed are those of its 2023 report.
  // bypassCSP: only so that axe-core can be added to the page; the page's own scripts need no exception
  const { page, context, errors } = await openFill(2020, 'menhu', { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  try {
    assert.match(await page.locator('.lead').textContent(), /各项均未填写/);
    assert.deepEqual(await axeProblems(page), []);
    const model = await page.evaluate(async () => {
      const token = document.querySelector('meta[name="nianbao-fill-token"]').content;
      const r = await fetch('api/report?year=2023&site=menhu', { headers: { 'X-Nianbao-Token': token } });
      return (await r.json()).values;
    });
    model.published = '2021-01-20';
    model['signature.date'] = '2021-01-15';
    const narrative = '## 年度工作概述\n\n2020年，门户网站稳步运行。';
    const added = {};
    let saved = false;
    for (let i = 0; i < 600 && !saved; i += 1) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const e = document.activeElement;
        return { tag: e.tagName, type: e.type ?? '', key: e.dataset?.key ?? '', text: e.textContent, value: e.value ?? '',
          checked: e.checked ?? false };
      });
      if (at.tag === 'TEXTAREA' && at.key === 'narrative') {
        await page.keyboard.type(narrative);
      } else if (at.tag === 'INPUT' && at.type === 'text' && at.key) {
        const [row, n, field] = at.key.split('/');
        let v = model[row];
        if (field !== undefined) v = v[Number(n)][field];
        else if (n !== undefined) v = v[n];
        if (v !== undefined && v !== null && at.value === '') await page.keyboard.type(String(v));
      } else if (at.tag === 'INPUT' && at.type === 'radio') {
        // a group is one tab stop: Space ticks the first option (是), an arrow moves to the next (否)
        if (model[at.key] === '是' && !at.checked) await page.keyboard.press('Space');
        if (model[at.key] === '否') await page.keyboard.press('ArrowRight');
      } else if (at.tag === 'INPUT' && at.type === 'checkbox' && at.key) {
        const value = await page.evaluate(() => document.activeElement.value);
        if ((model[at.key] ?? []).includes(value) && !at.checked) await page.keyboard.press('Space');
      } else if (at.tag === 'BUTTON' && at.key && (added[at.key] ?? 0) < (model[at.key] ?? []).length) {
        added[at.key] = (added[at.key] ?? 0) + 1;
        await page.keyboard.press('Enter'); // adds an account and moves to its first field
        await page.keyboard.press('Shift+Tab'); // so that the next Tab lands on that field
      } else if (at.tag === 'BUTTON' && at.text === '保存') {
        await settled(page);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => /已保存|未保存/.test(document.getElementById('save-status').textContent));
        saved = true;
      }
    }
    const status = await page.locator('#save-status').textContent();
    assert.match(status, /已保存：reports\/2020\/menhu\.md/, `${status}\n${await page.locator('#general').textContent()}`);
    assert.equal(await page.locator('#count').textContent(), '没有问题，可以保存。');
    const file = readFileSync(join(preview.source, 'reports/2020/menhu.md'), 'utf8');
    assert.match(file, /^---\n年度: 2020\n发布日期: 2021-01-20\n网站基本信息:\n  网站名称: 示例市人民政府门户网站\n/);
    assert.match(file, /  微信:\n    - 名称: 示例发布\n      信息发布量: 2587\n      订阅数: 1096000\n    - 名称: 示例政务服务\n/);
    assert.ok(file.endsWith(`---\n${narrative}`), file);
    const built = check(preview.source);
    assert.equal(built.status, 0, built.err);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a saved report builds, and its page open in another tab reloads with the new figures', async () => {
  const { page, context } = await openFill(2023, 'chengdong');
  try {
    const report = await context.newPage();
    await report.goto(`${preview.base}2023/chengdong/`);
    assert.ok(!(await report.content()).includes('周填报'));
    await page.locator('[data-key="signature.filler"]').fill('周填报');
    await settled(page);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForFunction(() => /已保存/.test(document.getElementById('save-status').textContent));
    assert.match(readFileSync(join(preview.source, 'reports/2023/chengdong.md'), 'utf8'), /\n  填报人: 周填报\n/);
    await report.waitForFunction(() => document.body.textContent.includes('周填报'), null, { timeout: 30_000 });
    const built = check(preview.source);
    assert.equal(built.status, 0, built.err);
  } finally {
    await context.close();
  }
});

test('a bad figure shows the build\'s message beside its field, and the count of problems left', async () => {
  const { page, context } = await openFill(2023, 'jiaoyuju');
  try {
    assert.equal(await page.locator('#count').textContent(), '没有问题，可以保存。');
    const field = page.locator('[data-key="publish.total"]');
    await field.fill('1,214');
    await settled(page);
    // the build's own words for the same figure in the file
    const copy = join(preview.source, 'reports/2023/jiaoyuju.md');
    const original = readFileSync(copy, 'utf8');
    writeFileSync(copy, original.replace('  总数: 1214\n', '  总数: 1,214\n'));
    const built = check(preview.source);
    writeFileSync(copy, original);
    const line = built.err.split('\n').find((l) => l.includes('信息发布/总数（条）: '));
    assert.ok(line, built.err);
    const message = line.slice(line.indexOf('信息发布/总数（条）: ') + '信息发布/总数（条）: '.length);
    assert.equal(await problemBeside(page, 'publish.total'), message);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#count').textContent(), /^还有 1 个问题：错误 1 个/);
    await field.fill('1214');
    await settled(page);
    assert.equal(await problemBeside(page, 'publish.total'), '');
  } finally {
    await context.close();
  }
});

test('the supervision report has quarters as columns and marks the figures nianbao computes', async () => {
  const { page, context } = await openFill(2023, 'supervision');
  try {
    const ratio = page.locator('[data-key="sample.ratio/第一季度"]');
    await ratio.fill('');
    for (const q of ['第二季度', '第三季度', '第四季度', '全年']) await page.locator(`[data-key="sample.ratio/${q}"]`).fill('');
    await settled(page);
    assert.equal(await ratio.getAttribute('placeholder'), '50.0');
    const auto = await page.evaluate(() => {
      const input = document.querySelector('[data-key="sample.ratio/全年"]');
      return input.getAttribute('aria-describedby').split(' ').map((i) => document.getElementById(i)?.textContent).join(' ');
    });
    assert.match(auto, /自动计算：64\.3/);
    assert.ok(!(await page.locator('#text').textContent()).includes('抽查比例'), 'a computed row is left for the build to compute');
  } finally {
    await context.close();
  }
});

test('the 信息公开 report\'s matrix: one input per column, a wrong 总计 told in the build\'s words', async () => {
  // the rule fixtures of 2022 and 2023 in place of the demo's (the rules across years read both), put back after
  const originals = {};
  for (const year of [2022, 2023]) {
    const fixture = new URL(`../../generator/src/test/resources/xxgk/reports/${year}/jiaoyuju.xxgk.md`, import.meta.url);
    const file = join(preview.source, `reports/${year}/jiaoyuju.xxgk.md`);
    originals[file] = readFileSync(file, 'utf8');
    writeFileSync(file, readFileSync(fixture, 'utf8'));
  }
  const target = join(preview.source, 'reports/2023/jiaoyuju.xxgk.md');
  const { page, context } = await openFill(2023, 'jiaoyuju.xxgk');
  try {
    assert.equal(await page.locator('#count').textContent(), '没有问题，可以保存。');
    assert.equal(await page.getByLabel('一、本年新收政府信息公开申请数量 申请人：法人或其他组织 / 商业企业').inputValue(), '2');
    await page.locator('[data-key="requests.new/person"]').fill('16');
    await settled(page);
    assert.match(await problemBeside(page, 'requests.new/total'), /^填写 18，按.*之和应为 19$/);
  } finally {
    await context.close();
    for (const [file, text] of Object.entries(originals)) writeFileSync(file, text);
    rmSync(`${target}.draft`, { force: true });
  }
});

test('requests without the page\'s token or from another origin are refused', async () => {
  const target = join(preview.source, 'reports/2023/jiaoyuju.md');
  const before = readFileSync(target, 'utf8');
  const { page, context } = await openFill(2023, 'jiaoyuju');
  // another web page, in another tab, on another origin, that even knows the token
  const token = await page.evaluate(() => document.querySelector('meta[name="nianbao-fill-token"]').content);
  const evil = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><title>x</title>');
  });
  await new Promise((done) => evil.listen(0, '127.0.0.1', done));
  const evilBase = `http://localhost:${evil.address().port}/`;
  try {
    const body = JSON.stringify({ year: 2023, site: 'jiaoyuju', baseText: '', baseHash: '', values: {}, draft: true });
    const noToken = await page.evaluate(async (b) => (await fetch('api/save', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: b })).status, body);
    assert.equal(noToken, 403);
    const withToken = await context.request.post(`${preview.fill}api/save`, {
      headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': token, Origin: evilBase.slice(0, -1) }, data: body });
    assert.equal(withToken.status(), 403);
    assert.match(await withToken.text(), /拒绝来自其他网页的请求/);
    const other = await context.newPage();
    await other.goto(evilBase);
    const outcome = await other.evaluate(async ([url, b, t]) => {
      try {
        const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': t }, body: b });
        return `status ${r.status}`;
      } catch (e) {
        return 'blocked';
      }
    }, [`${preview.fill}api/save`, body, token]);
    assert.equal(outcome, 'blocked');
    const simple = await other.evaluate(async ([url, b]) => {
      try {
        await fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: b });
        return 'sent';
      } catch (e) {
        return 'blocked';
      }
    }, [`${preview.fill}api/save`, body]);
    assert.ok(['sent', 'blocked'].includes(simple));
    assert.equal(readFileSync(target, 'utf8'), before);
    assert.ok(!existsSync(`${target}.draft`), 'no draft written by another origin');
  } finally {
    await context.close();
    await new Promise((done) => evil.close(done));
  }
});

test('a file changed on disk since it was opened is not overwritten', async () => {
  const { page, context } = await openFill(2023, 'chengxi');
  try {
    const target = join(preview.source, 'reports/2023/chengxi.md');
    const edited = readFileSync(target, 'utf8').replace('## ', '## （编辑器中的改动）');
    writeFileSync(target, edited);
    await page.locator('[data-key="columns.opened"]').fill('1');
    await settled(page);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForFunction(() => /未保存/.test(document.getElementById('save-status').textContent));
    assert.match(await page.locator('#save-status').textContent(), /已在磁盘上被修改，未保存/);
    assert.equal(await page.locator('#save-status').getAttribute('role'), 'alert');
    assert.equal(readFileSync(target, 'utf8'), edited);
  } finally {
    await context.close();
  }
});

test('the page fits 375 px and 关怀模式 enlarges it; each report page links to it in serve only', async () => {
  const { page, context } = await openFill(2023, 'supervision', { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  try {
    assert.deepEqual(await overflowProblems(page), [], 'no sideways scrolling at 375 px');
    // every control reached by Tab in order, with a visible focus indicator, on screen
    assert.deepEqual(await keyboardProblems(page), []);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main')).fontSize));
    const normal = await size();
    await page.locator('#care-mode').check();
    assert.ok(await size() >= 24, `关怀模式 text ${await size()} px (normal ${normal} px)`);
    assert.deepEqual(await overflowProblems(page), [], 'no sideways scrolling in 关怀模式');
    await page.goto(`${preview.base}2023/jiaoyuju/`);
    const link = page.locator('#nianbao-fill-link a');
    assert.equal(await link.getAttribute('href'), '/_nianbao/fill/?year=2023&site=jiaoyuju');
    const column = execFileSync('ls', [join(preview.source, '..', 'column', '2023', 'jiaoyuju')], { encoding: 'utf8' });
    assert.match(column, /index\.html/);
    assert.ok(!readFileSync(join(preview.source, '..', 'column', '2023', 'jiaoyuju', 'index.html'), 'utf8').includes('_nianbao'),
      'the link is added as the page is served, never written to the column');
  } finally {
    await context.close();
  }
});
