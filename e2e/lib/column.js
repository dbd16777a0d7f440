// The demo column (or NIANBAO_COLUMN) served over http with one browser, for a test file's tests.
import { after, before } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.js';
import { serve } from './server.js';

export const COLUMN = resolve(process.env.NIANBAO_COLUMN
  ?? join(dirname(fileURLToPath(import.meta.url)), '../../site-src/target/column'));

/** Starts the browser and the server before the file's tests and closes both after; read them as .browser, .server. */
export function servedColumn(root = COLUMN) {
  const served = {};
  before(async () => {
    served.browser = await launch();
    served.server = await serve(root);
  });
  after(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
