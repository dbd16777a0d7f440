// Finds the pages of a built column by walking its folder, and groups them into kinds by the shape
// of their path, so that new kinds of page (charts, embeds, forms …) are checked without a list here.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under root, as sorted '/'-separated paths relative to root. */
export function listPages(root) {
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`no column folder at ${root}: build it first with mvn -B verify`);
  }
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('.html')) {
        pages.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return pages.sort();
}

/**
 * The kind of a page from its path: numbers become <n> and names below a top-level folder become *,
 * e.g. index.html, <n>/index.html, <n>/*\/index.html, sites/*\/index.html.
 */
export function kindOf(path) {
  const parts = path.split('/');
  const file = parts.pop().replace(/\d+/g, '<n>');
  const dirs = parts.map((part, i) => {
    if (/^\d+$/.test(part)) return '<n>';
    return i === 0 ? part : '*';
  });
  return [...dirs, file].join('/');
}

/** Pages grouped by kind, kinds in sorted order, pages in sorted order. */
export function pagesByKind(root) {
  const kinds = new Map();
  for (const page of listPages(root)) {
    const kind = kindOf(page);
    if (!kinds.has(kind)) kinds.set(kind, []);
    kinds.get(kind).push(page);
  }
  return new Map([...kinds.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A few pages that stand for their kind, for the slow checks (axe, keyboard): the first, the
 * largest file (the most content) and the last, in that order, without repeats.
 */
export function samplesOf(root, pages) {
  const largest = pages.reduce((big, p) =>
    (statSync(join(root, p)).size > statSync(join(root, big)).size ? p : big), pages[0]);
  return [...new Set([pages[0], largest, pages[pages.length - 1]])];
}
