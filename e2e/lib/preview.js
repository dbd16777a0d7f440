// `nianbao serve` on a copy of the demo's sources, for the tests of its 填报 page: the real jar, started
// on a free port; resolves once it prints its addresses. The copy is the test's to change.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const JAR = process.env.NIANBAO_JAR ?? join(ROOT, 'generator/target/nianbao.jar');

/** Starts serve; resolves to { base, fill, source, close } (base and fill end in '/'). */
export async function startPreview() {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-fill-'));
  const source = join(work, 'src');
  cpSync(join(ROOT, 'site-src'), source, {
    recursive: true,
    filter: (from) => !from.startsWith(join(ROOT, 'site-src/target')),
  });
  const child = spawn('java', ['-jar', JAR, 'serve', '--source', source, '--output', join(work, 'column'), '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const addresses = await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve printed no address in 120 s:\n${out}\n${err}`)), 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      const base = out.match(/预览地址：(http:\/\/127\.0\.0\.1:\d+\/)/);
      const fill = out.match(/填报页面：(http:\/\/127\.0\.0\.1:\d+\/\S*?\/)（/);
      if (base && fill) {
        clearTimeout(timer);
        done({ base: base[1], fill: fill[1] });
      }
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code}:\n${out}\n${err}`)));
  });
  return {
    ...addresses,
    source,
    output: () => out,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((done) => { if (child.exitCode !== null) done(); else child.on('exit', done); });
      rmSync(work, { recursive: true, force: true });
    },
  };
}
