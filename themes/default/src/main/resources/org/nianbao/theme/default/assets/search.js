// Search across the column without a server: the index (search/index.js) lists every report, and a
// query matches by Chinese character pairs (bigrams) and whole Latin words. Results link to the pages.
(function () {
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var out = document.getElementById('search-results');
  var index = window.NIANBAO_SEARCH;
  if (!form || !input || !out || !index) return;
  document.getElementById('search-nojs').hidden = true;
  form.hidden = false;

  function terms(text) {
    var t = [];
    var parts = text.toLowerCase().match(/[\u3400-\u9fff]+|[a-z0-9]+/g) || [];
    parts.forEach(function (p) {
      if (/^[\u3400-\u9fff]+$/.test(p)) {
        if (p.length === 1) t.push(p);
        for (var i = 0; i + 1 < p.length; i++) t.push(p.substr(i, 2));
      } else {
        t.push(p);
      }
    });
    return t;
  }

  function search(q) {
    var want = terms(q);
    if (!want.length) return [];
    var hits = [];
    index.forEach(function (doc) {
      var text = (doc.t + ' ' + doc.s + ' ' + doc.y + ' ' + doc.x).toLowerCase();
      var score = 0;
      want.forEach(function (w) { if (text.indexOf(w) >= 0) score += doc.t.toLowerCase().indexOf(w) >= 0 ? 3 : 1; });
      if (score >= want.length) hits.push({ doc: doc, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || b.doc.y - a.doc.y || (a.doc.u < b.doc.u ? -1 : 1); });
    return hits.slice(0, 50);
  }

  function show(q) {
    var hits = search(q);
    out.textContent = '';
    var p = document.createElement('p');
    p.textContent = q ? '找到 ' + hits.length + ' 份报表' + (hits.length === 50 ? '（只显示前 50 份）' : '') : '';
    out.appendChild(p);
    var ul = document.createElement('ul');
    hits.forEach(function (h) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '../' + h.doc.u;
      a.textContent = h.doc.t;
      li.appendChild(a);
      ul.appendChild(li);
    });
    out.appendChild(ul);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    show(input.value.trim());
  });
})();
