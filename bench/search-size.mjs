// What the search index of a built column weighs, and what each query loads before its first results,
// computed with the column's own search.js (its pure functions, run here without a browser), so the
// files counted are the ones the search page asks for: the manifest, the shards of the query's terms,
// and the texts of the first page of results.
//
//   node bench/search-size.mjs COLUMN_FOLDER [QUERY ...]
//
// Prints name=value lines: search_index_total_bytes (every file under search/ but the page itself),
// the manifest's and the largest shard's bytes, then per query a search_query_fetch_bytes= line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const [column, ...queries] = process.argv.slice(2);
if (!column) {
  console.error('usage: node bench/search-size.mjs COLUMN_FOLDER [QUERY ...]');
  process.exit(2);
}
const search = join(column, 'search');
const script = readdirSync(join(column, 'assets')).find((f) => /^search\.[0-9a-f]+\.js$/.test(f));
const sandbox = {};
sandbox.window = sandbox;
vm.createContext(sandbox);
vm.runInContext(readFileSync(join(column, 'assets', script), 'utf8'), sandbox);
vm.runInContext(readFileSync(join(search, 'index.js'), 'utf8'), sandbox);
const core = sandbox.NIANBAO_SEARCH_CORE;
const manifest = sandbox.NIANBAO_SEARCH_INDEX;
const shards = {};
sandbox.NIANBAO_SEARCH = { shard: (n, terms) => { shards[n] = terms; }, doc: () => {} };

const size = (path) => statSync(join(search, path)).size;
let total = 0;
let files = 0;
let largestShard = 0;
const walk = (dir) => {
  for (const entry of readdirSync(join(search, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (path !== 'index.html') {
      total += size(path);
      files++;
      if (dir === 's') largestShard = Math.max(largestShard, size(path));
    }
  }
};
walk('');
console.log(`search_index_total_bytes=${total}`);
console.log(`search_index_files=${files}`);
console.log(`search_shards=${manifest.shards}`);
console.log(`search_manifest_bytes=${size('index.js')}`);
console.log(`search_shard_max_bytes=${largestShard}`);
console.log(`search_page_bytes=${size('index.html') + statSync(join(column, 'assets', script)).size} (index.html and search.js)`);
for (const query of queries) {
  const paths = core.shardPaths(query, manifest);
  for (const path of paths) vm.runInContext(readFileSync(join(search, path), 'utf8'), sandbox);
  const hits = core.rank(query, manifest, shards, () => true);
  const first = hits.slice(0, core.PAGE).map((h) => `d/${h.id}.js`);
  const bytes = [...paths, ...first].reduce((n, path) => n + size(path), size('index.js'));
  console.log(`search_query_fetch_bytes=${bytes} query=${query} shards=${paths.length} hits=${hits.length}`);
}
