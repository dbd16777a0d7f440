// Byte-for-byte comparison of two folders, for the reproducibility check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function files(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** Lists every difference between folders a and b: files only in one, files whose bytes differ. */
export function folderDifferences(a, b) {
  const inA = files(a);
  const inB = new Set(files(b));
  const differences = [];
  for (const file of inA) {
    if (!inB.has(file)) differences.push(`only in the first build: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`bytes differ: ${file}`);
    inB.delete(file);
  }
  for (const file of inB) differences.push(`only in the second build: ${file}`);
  return differences;
}
