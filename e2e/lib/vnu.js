// The Nu Html Checker (vnu.jar from the vnu-jar package), run with the machine's Java. The package's
// own wrapper is not used: it may try to download a Java runtime.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));

/** The pages, stylesheets and SVG images under dir: what the checker can check (not data files). */
function checkable(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => /\.(html|css|svg)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Checks every page, stylesheet and SVG under dir; resolves to the errors as 'file:line:column: message'. */
export function htmlErrors(dir) {
  const args = ['-jar', VNU_JAR, '--errors-only', '--also-check-css', '--also-check-svg', '--format', 'json',
    ...checkable(dir)];
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      let report;
      try {
        report = JSON.parse(stderr);
      } catch {
        reject(new Error(`vnu did not report: ${error?.message ?? ''}\n${stderr}`));
        return;
      }
      resolve(report.messages.map((m) => {
        const file = decodeURIComponent(m.url ?? '').replace(/^file:/, '');
        return `${file}:${m.lastLine ?? 0}:${m.lastColumn ?? 0}: ${m.message}`;
      }));
    });
  });
}
