// Debian's Chromium, driven by playwright-core. Playwright never downloads a browser here: it is
// told where Debian's is, and every request that would leave the allowed origin is aborted.
import { chromium } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium; fontConfig, if given, is the only font configuration it sees. */
export function launch(fontConfig) {
  const env = { ...process.env };
  if (fontConfig) env.FONTCONFIG_FILE = fontConfig;
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
    env,
  });
}

/**
 * A tab that lists what goes wrong while it shows pages: failed requests, HTTP errors, console
 * errors, uncaught exceptions, and any request whose URL does not start with allowedPrefix (aborted,
 * so nothing leaves the machine). open(url) returns the problems seen from then on, as a live list.
 */
export async function watchedTab(context, allowedPrefix) {
  const page = await context.newPage();
  let problems = [];
  // Routing sees http and file:// loads alike (checks.test.js proves it for both).
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(allowedPrefix) || target.startsWith('data:')) return route.continue();
    problems.push(`request leaves the column: ${target}`);
    return route.abort('blockedbyclient');
  });
  // A blocked request is reported above, once: not again as failed, nor as its console message.
  const BLOCKED = 'net::ERR_BLOCKED_BY_CLIENT';
  // ERR_ABORTED is a load cancelled by the next navigation (a lazy image still coming in), not a
  // broken link: a missing file fails as HTTP 404 or net::ERR_FILE_NOT_FOUND, which count.
  const CANCELLED = 'net::ERR_ABORTED';
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (!reason.startsWith(BLOCKED) && !reason.startsWith(CANCELLED)) {
      problems.push(`request failed: ${req.url()} (${reason})`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().includes(BLOCKED)) problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  return {
    page,
    async open(url) {
      problems = [];
      const seen = problems;
      await page.goto(url, { waitUntil: 'load' });
      return seen;
    },
  };
}
