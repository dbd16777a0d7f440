// Reproducibility across processes: two separate Maven runs build the demo column into different
// folders, under different time zones, locales and default encodings, and every byte must match.
// (OutputTest checks the same within one JVM.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderDifferences } from '../lib/folders.js';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(here, '../..');
const TARGET = join(here, '../target/reproducible');

function buildDemo(out, env) {
  try {
    execFileSync('mvn', ['-B', '-q', '-pl', 'site-src', '-am', 'package', '-DskipTests',
      `-Dnianbao.outputDirectory=${out}`], { cwd: REPO, env: { ...process.env, ...env }, stdio: 'pipe' });
  } catch (e) {
    throw new Error(`mvn build into ${out} failed:\n${e.stdout}${e.stderr}`);
  }
}

test('two separate Maven builds of the demo column give byte-identical folders', () => {
  rmSync(TARGET, { recursive: true, force: true });
  const a = join(TARGET, 'a/column');
  const b = join(TARGET, 'b/deeper/column');
  buildDemo(a, {
    TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8',
    MAVEN_OPTS: '-Duser.language=zh -Duser.country=CN -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8',
  });
  buildDemo(b, {
    TZ: 'America/New_York', LANG: 'tr_TR.ISO-8859-9',
    MAVEN_OPTS: '-Duser.language=tr -Duser.country=TR -Duser.timezone=America/New_York -Dfile.encoding=ISO-8859-1',
  });
  assert.ok(existsSync(join(a, 'index.html')), `no column was built in ${a}`);
  assert.deepEqual(folderDifferences(a, b), []);
});

test('the folder comparison names a changed byte, a missing file and an extra file', () => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-folders-'));
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('a/index.html', '栏目');
  write('b/index.html', '栏目');
  write('a/2023/index.html', '年度');
  write('b/2023/index.html', '年度 ');
  write('a/assets/style.css', 'a{}');
  write('b/extra.html', 'x');
  assert.deepEqual(folderDifferences(join(root, 'a'), join(root, 'b')), [
    'bytes differ: 2023/index.html',
    'only in the first build: assets/style.css',
    'only in the second build: extra.html',
  ]);
});
