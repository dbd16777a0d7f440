// Search across the column without a server. search/index.js, the manifest, says how the index is
// split: a query loads only the shards that hold its terms (search/s/<n>.js) and, for the results
// shown, those reports' texts (search/d/<number>.js), to draw snippets. Every part is a script that
// calls NIANBAO_SEARCH, since pages must work from file:// too, where fetch() cannot. The query lives
// in the address (index.html?q=零跑腿&year=2023&level=…), so a search can be linked to.
// Terms as the index builder makes them (SearchTerms.java): Chinese character pairs and whole runs of
// Latin letters and digits. Outside a browser (bench/search-size.mjs) only the pure functions are set up.
(function (global) {
  'use strict';
  var HAN = /[\u3400-\u9fff]/;
  var RUNS = /[\u3400-\u9fff]+|[a-z0-9]+/g;
  var ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var MAX_COUNT = 8;
  var PAGE = 10;

  // The query's words: its runs of Chinese characters and of Latin letters and digits, normalised.
  function words(text) {
    return text.normalize('NFKC').toLowerCase().match(RUNS) || [];
  }

  function terms(text) {
    var seen = {};
    var out = [];
    words(text).forEach(function (w) {
      var parts = [];
      if (HAN.test(w)) {
        for (var i = 0; i + 1 < w.length; i++) parts.push(w.substr(i, 2));
      } else {
        parts.push(w);
      }
      parts.forEach(function (t) {
        if (!seen[t]) { seen[t] = true; out.push(t); }
      });
    });
    return out;
  }

  // FNV-1a over UTF-16 units, as SearchTerms.shardOf.
  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  // A term's reports and counts (Postings.java): { ids: [...ascending], counts: [...] }.
  function decode(s) {
    var ids = [];
    var counts = [];
    var last = -1;
    var v = 0;
    var scale = 1;
    for (var i = 0; i < s.length; i++) {
      var d = ALPHABET.indexOf(s.charAt(i));
      v += (d & 31) * scale;
      scale *= 32;
      if (d < 32) {
        last += Math.floor(v / MAX_COUNT) + 1;
        ids.push(last);
        counts.push(v % MAX_COUNT + 1);
        v = 0;
        scale = 1;
      }
    }
    return { ids: ids, counts: counts };
  }

  // The files a query needs before its first results: its shards' paths, from the search folder.
  function shardPaths(query, manifest) {
    var seen = {};
    var paths = [];
    terms(query).forEach(function (t) {
      var n = shardOf(t, manifest.shards);
      if (!seen[n]) { seen[n] = true; paths.push('s/' + n + '.js'); }
    });
    return paths;
  }

  // The reports holding every term, best first: the most matches, then the index's order (latest year first).
  function rank(query, manifest, shards, allowed) {
    var lists = [];
    var want = terms(query);
    for (var i = 0; i < want.length; i++) {
      var encoded = shards[shardOf(want[i], manifest.shards)][want[i]];
      if (encoded === undefined) return [];
      lists.push(decode(encoded));
    }
    if (!lists.length) return [];
    lists.sort(function (a, b) { return a.ids.length - b.ids.length; });
    var hits = [];
    lists[0].ids.forEach(function (id, k) {
      if (allowed(id)) hits.push({ id: id, score: lists[0].counts[k] });
    });
    for (var l = 1; l < lists.length && hits.length; l++) {
      var ids = lists[l].ids;
      var counts = lists[l].counts;
      var kept = [];
      var j = 0;
      hits.forEach(function (h) {
        while (j < ids.length && ids[j] < h.id) j++;
        if (ids[j] === h.id) { h.score += counts[j]; kept.push(h); }
      });
      hits = kept;
    }
    hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return hits;
  }

  var core = { terms: terms, words: words, shardOf: shardOf, decode: decode, shardPaths: shardPaths, rank: rank, PAGE: PAGE };
  if (typeof document === 'undefined') {
    global.NIANBAO_SEARCH_CORE = core;
    return;
  }

  var manifest = global.NIANBAO_SEARCH_INDEX;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var yearBox = document.getElementById('search-year');
  var levelBox = document.getElementById('search-level');
  var status = document.getElementById('search-status');
  var out = document.getElementById('search-results');
  if (!manifest || !form || !input || !yearBox || !levelBox || !status || !out) return;
  document.getElementById('search-nojs').hidden = true;
  form.hidden = false;

  var shards = {};
  var docs = {};
  global.NIANBAO_SEARCH = {
    shard: function (n, t) { shards[n] = t; },
    doc: function (id, d) { docs[id] = d; }
  };

  // Loads the scripts (paths from the search folder), then calls done; each registers itself above.
  function load(paths, done) {
    var left = paths.length;
    if (!left) { done(); return; }
    paths.forEach(function (path) {
      var s = document.createElement('script');
      s.src = path;
      s.onload = function () { if (--left === 0) done(); };
      s.onerror = function () { say('搜索索引未能加载（' + path + '），请稍后重试。'); out.removeAttribute('data-state'); };
      document.head.appendChild(s);
    });
  }

  function say(text) {
    status.textContent = text;
  }

  // A window of about 80 characters around the first match in the narrative, else in the form, with
  // every match marked; built from text nodes, never from HTML.
  function snippet(doc, query) {
    var whole = words(query).filter(function (w) { return !HAN.test(w) || w.length > 1; });
    var needles = null;
    var field = null;
    var at = -1;
    [whole, terms(query)].some(function (list) {
      return [doc.x, doc.f].some(function (text) {
        var low = text.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
        var first = -1;
        list.forEach(function (n) {
          var i = low.indexOf(n);
          if (i >= 0 && (first < 0 || i < first)) first = i;
        });
        if (first < 0) return false;
        needles = list; field = text; at = first;
        return true;
      });
    });
    var p = document.createElement('p');
    p.className = 'search-snippet';
    if (!field) field = doc.x;
    var start = Math.max(0, at - 30);
    var end = Math.min(field.length, start + 80);
    start = Math.max(0, Math.min(start, end - 80));
    if (/[\udc00-\udfff]/.test(field.charAt(start))) start++;
    if (/[\ud800-\udbff]/.test(field.charAt(end - 1))) end--;
    var piece = field.slice(start, end);
    var low = piece.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
    var text = start > 0 ? '…' : '';
    var i = 0;
    while (needles && i < piece.length) {
      var best = '';
      needles.forEach(function (n) { if (n.length > best.length && low.substr(i, n.length) === n) best = n; });
      if (best) {
        p.appendChild(document.createTextNode(text));
        var mark = document.createElement('mark');
        mark.textContent = piece.substr(i, best.length);
        p.appendChild(mark);
        text = '';
        i += best.length;
      } else {
        text += piece.charAt(i++);
      }
    }
    if (!needles) text += piece;
    p.appendChild(document.createTextNode(text + (end < field.length ? '…' : '')));
    return p;
  }

  function item(doc, query) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = '../' + doc.u;
    a.textContent = doc.t;
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    meta.textContent = doc.y + '年度 · ' + doc.l;
    li.appendChild(a);
    li.appendChild(meta);
    li.appendChild(snippet(doc, query));
    return li;
  }

  function show(query, hits, filters) {
    out.textContent = '';
    var ul = document.createElement('ul');
    out.appendChild(ul);
    var more = document.createElement('button');
    more.type = 'button';
    more.textContent = '显示更多结果';
    var shown = 0;
    function next() {
      var page = hits.slice(shown, shown + PAGE);
      out.setAttribute('data-state', 'loading');
      load(page.map(function (h) { return 'd/' + h.id + '.js'; }), function () {
        page.forEach(function (h) { ul.appendChild(item(docs[h.id], query)); });
        shown += page.length;
        if (shown < hits.length) out.appendChild(more); else if (more.parentNode) out.removeChild(more);
        say('找到 ' + hits.length + ' 份报表' + filters + (hits.length > shown ? '，显示前 ' + shown + ' 份' : '') + '。');
        out.setAttribute('data-state', 'done');
      });
    }
    more.addEventListener('click', next);
    next();
  }

  var params = new URLSearchParams(global.location.search);
  var query = (params.get('q') || '').trim();
  var year = params.get('year') || '';
  var level = params.get('level') || '';
  input.value = query;
  yearBox.value = year;
  levelBox.value = level;
  if (!query) return;
  if (!terms(query).length) {
    say('请输入至少两个汉字，或一个完整的英文词、数字。');
    out.setAttribute('data-state', 'done');
    return;
  }
  var levelIndex = manifest.levels.indexOf(level);
  var groups = manifest.groups.filter(function (g) {
    return (!year || String(g[0]) === year) && (!level || g[1] === levelIndex);
  });
  function allowed(id) {
    return groups.some(function (g) { return id >= g[2] && id < g[3]; });
  }
  var filters = (year ? '，' + year + '年度' : '') + (level ? '，' + level : '');
  say('正在搜索…');
  out.setAttribute('data-state', 'loading');
  load(shardPaths(query, manifest), function () {
    var hits = rank(query, manifest, shards, allowed);
    if (!hits.length) {
      say('没有找到包含“' + query + '”的报表' + filters + '。');
      out.setAttribute('data-state', 'done');
      return;
    }
    show(query, hits, filters);
  });
})(this);
