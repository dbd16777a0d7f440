// The Nu Html Checker (vnu.jar from the vnu-jar package), run with the machine's Java. The package's
// own wrapper is not used: it may try to download a Java runtime.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));

/** Checks every page and stylesheet under dir; resolves to the errors as 'file:line:column: message'. */
export function htmlErrors(dir) {
  const args = ['-jar', VNU_JAR, '--errors-only', '--also-check-css', '--format', 'json', dir];
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
