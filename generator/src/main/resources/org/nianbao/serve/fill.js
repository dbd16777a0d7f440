// The 填报 page of `nianbao serve`: the official form as a web form. Every figure is checked by the
// local server with the build's own code as the webmaster types; saving writes the report's source file.
// Served by the preview only (never part of the column); loads nothing from elsewhere.
(function () {
  'use strict';
  var TOKEN = document.querySelector('meta[name="nianbao-fill-token"]').content;
  var API = 'api/';
  var main = document.getElementById('main');
  var params = new URLSearchParams(location.search);
  var ids = 0;

  care();
  if (params.get('year') && params.get('site')) {
    openReport(params.get('year'), params.get('site'));
  } else {
    index();
  }

  // 关怀模式: the same checkbox and remembered choice as the column's pages.
  function care() {
    var box = document.getElementById('care-mode');
    try {
      box.checked = localStorage.getItem('nianbao-care') === '1';
      box.addEventListener('change', function () { localStorage.setItem('nianbao-care', box.checked ? '1' : '0'); });
    } catch (e) { /* no storage: the checkbox still works on this page */ }
  }

  function api(path, body) {
    var init = { headers: { 'X-Nianbao-Token': TOKEN }, cache: 'no-store' };
    if (body) {
      init.method = 'POST';
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(API + path, init).then(function (r) {
      return r.json().then(function (j) { return { status: r.status, body: j }; });
    });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function id(prefix) { ids += 1; return prefix + ids; }

  function setMain(title) {
    document.getElementById('title').textContent = title;
    document.title = title + ' - 填报 - nianbao 本机预览';
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
  }

  function fail(message) {
    setMain('无法打开填报页面');
    main.appendChild(el('p', { role: 'alert', class: 'problem-text', text: message }));
  }

  // ---- the list of reports ----

  function index() {
    api('index').then(function (r) {
      if (r.status !== 200) return fail(r.body.message);
      setMain('填报年度报表');
      main.appendChild(el('p', { text: r.body.title + '：选择要填写的报表。已有的报表打开后可修改；新报表从上一年度的报表开始（保留网站信息，清空数据）。' }));
      r.body.years.forEach(function (y) {
        var list = el('ul', { class: 'reports' });
        y.reports.forEach(function (rep) {
          var state = rep.draft ? '有草稿' : rep.exists ? '已填报' : '尚未填报';
          var href = '?year=' + y.year + '&site=' + encodeURIComponent(rep.site);
          list.appendChild(el('li', {}, [el('a', { href: href }, [rep.name]), ' ', el('span', { class: 'state', text: '（' + state + '）' })]));
        });
        main.appendChild(el('section', {}, [el('h2', { text: y.year + ' 年度' }), list]));
      });
    }).catch(function (e) { fail('无法连接本机预览服务：' + e.message); });
  }

  // ---- one report ----

  var state = null;

  function openReport(year, site) {
    api('report?year=' + encodeURIComponent(year) + '&site=' + encodeURIComponent(site)).then(function (r) {
      if (r.status !== 200) return fail(r.body.message);
      state = { report: r.body, fields: {}, rows: [], seq: 0, timer: null, dirty: false };
      draw(r.body);
      check();
    }).catch(function (e) { fail('无法连接本机预览服务：' + e.message); });
  }

  var FROM = {
    file: '正在修改已有的报表。',
    draft: '正在继续填写草稿（尚未保存为报表）。',
    lastYear: '新报表：从上一年度的报表开始，已保留网站信息、清空各项数据。',
    'new': '新报表：各项均未填写。'
  };

  function draw(rep) {
    var form = rep.form;
    setMain(rep.name + ' ' + form.title + '（' + rep.year + '年度）');
    main.appendChild(el('p', { class: 'lead' }, [FROM[rep.from] + '保存到 ', el('code', { text: rep.from === 'draft' ? rep.file + '（草稿：' + rep.file + '.draft）' : rep.file }),
      '。每项填写后即按生成栏目时的规则检查。', el('a', { href: './' }, ['全部报表'])]));

    var summary = el('div', { class: 'summary', id: 'summary' }, [
      el('p', { id: 'count', role: 'status', 'aria-live': 'polite', text: '正在检查……' }),
      el('details', { id: 'problems' }, [el('summary', { text: '问题列表（按表格顺序，点击可跳到该项）' }), el('ul', { id: 'general' })])
    ]);
    main.appendChild(summary);

    var f = el('form', { id: 'fill', novalidate: true, 'aria-labelledby': 'title' });
    var meta = el('fieldset', { class: 'section' }, [el('legend', { text: '报表信息' })]);
    meta.appendChild(el('p', { class: 'row' }, [el('span', { class: 'label', text: '年度' }), ' ', el('strong', { text: String(rep.year) })]));
    meta.appendChild(scalarRow({ key: 'published', label: '发布日期', unit: '', valueType: 'date', expected: '日期，格式为 YYYY-MM-DD，如 ' + (rep.year + 1) + '-01-20', optional: false, derived: false }, rep.values.published));
    f.appendChild(meta);
    form.sections.forEach(function (s) {
      var fs = el('fieldset', { class: 'section', 'data-key': s.key }, [el('legend', { text: s.label })]);
      var p = problemEl();
      fs.appendChild(p);
      state.fields[s.key] = { problem: p };
      s.rows.forEach(function (row) { fs.appendChild(rowEl(row, rep.values)); });
      f.appendChild(fs);
    });

    var nid = id('f');
    var narrative = el('textarea', { id: nid, rows: 14, 'aria-describedby': nid + 'h', 'data-key': 'narrative' });
    narrative.value = rep.narrative;
    var np = problemEl();
    narrative.setAttribute('aria-describedby', nid + 'h ' + np.id);
    state.fields.narrative = { input: narrative, problem: np };
    state.narrative = narrative;
    var hint = form.narrative.length ? '应依次写：' + form.narrative.join('、') + '，每部分以标题开头（如 ## ' + form.narrative[0] + '）。' : '用 Markdown 书写，如以 ## 开头的一行是标题。';
    f.appendChild(el('fieldset', { class: 'section' }, [el('legend', { text: '正文（年度工作情况）' }),
      el('label', { for: nid, text: '正文（Markdown）' }), el('p', { class: 'hint', id: nid + 'h', text: hint }), narrative, np,
      el('h2', { id: 'preview-h', text: '正文预览' }), el('div', { id: 'preview', class: 'preview', 'aria-labelledby': 'preview-h', role: 'region' })]));

    var save = el('button', { type: 'submit', text: '保存' });
    var draft = el('button', { type: 'button', class: 'secondary', text: '保存为草稿' });
    f.appendChild(el('div', { class: 'actions' }, [save, draft, el('span', { id: 'count-short', class: 'count-short' }),
      el('p', { id: 'save-status', role: 'status', 'aria-live': 'polite' })]));
    f.appendChild(el('details', {}, [el('summary', { text: '将写入的文件内容' }), el('pre', { id: 'text' })]));
    main.appendChild(f);

    f.addEventListener('input', changed);
    f.addEventListener('change', changed);
    f.addEventListener('submit', function (e) { e.preventDefault(); saveReport(false); });
    draft.addEventListener('click', function () { saveReport(true); });
  }

  function problemEl() {
    return el('p', { class: 'problem', id: id('p'), hidden: true });
  }

  function rowEl(row, values) {
    var v = values[row.key];
    if (row.type === 'group') {
      var fs = el('fieldset', { class: 'group' }, [el('legend', { text: row.label })]);
      row.children.forEach(function (c) { fs.appendChild(rowEl(c, values)); });
      return fs;
    }
    if (row.type === 'yesno') return choiceRow(row, v === undefined ? '' : v, ['是', '否'], 'radio');
    if (row.type === 'choices') return choiceRow(row, v || [], row.options, 'checkbox');
    if (row.type === 'accounts') return accountsRow(row, v || []);
    if (row.type === 'quarters' || (row.quarterly && v && typeof v === 'object')) return quartersRow(row, v || {});
    if (row.type === 'matrix') return matrixRow(row, v && typeof v === 'object' ? v : {});
    return scalarRow(row, v);
  }

  var INPUT_MODE = { count: 'numeric', decimal: 'decimal', percent: 'decimal', phone: 'tel', url: 'url' };

  function tag(row) {
    if (row.derived) return el('span', { class: 'auto-tag', text: '自动计算' });
    if (row.optional) return el('span', { class: 'opt-tag', text: '选填' });
    return null;
  }

  function scalarRow(row, value) {
    var fid = id('f');
    var unit = row.unit ? el('span', { class: 'unit', id: fid + 'u', text: row.unit }) : null;
    var auto = el('span', { class: 'auto', id: fid + 'a', hidden: true });
    var p = problemEl();
    var input = el('input', { id: fid, type: 'text', inputmode: INPUT_MODE[row.valueType] || null, autocomplete: 'off', 'data-key': row.key,
      'aria-describedby': [unit ? fid + 'u' : '', fid + 'a', p.id].filter(Boolean).join(' '),
      placeholder: row.valueType === 'date' ? 'YYYY-MM-DD' : null });
    input.value = value === undefined || value === null ? '' : String(value);
    state.fields[row.key] = { input: input, problem: p, auto: auto, row: row };
    state.rows.push({ row: row, get: function () { return input.value; }, key: row.key });
    return el('div', { class: 'row' }, [el('label', { for: fid }, [row.label, tag(row) ? ' ' : '', tag(row)]),
      el('span', { class: 'field' }, [input, unit]), auto, p]);
  }

  function choiceRow(row, value, options, type) {
    var p = problemEl();
    var legendId = id('l');
    var fs = el('fieldset', { class: 'row choices', 'aria-describedby': p.id }, [el('legend', { id: legendId }, [row.label, tag(row) ? ' ' : '', tag(row)])]);
    var boxes = [];
    options.forEach(function (o) {
      var b = el('input', { type: type, name: row.key, value: o, 'data-key': row.key });
      b.checked = type === 'radio' ? value === o : value.indexOf(o) >= 0;
      boxes.push(b);
      fs.appendChild(el('label', { class: 'choice' }, [b, ' ' + o]));
    });
    fs.appendChild(p);
    state.fields[row.key] = { input: boxes[0], problem: p, group: fs, row: row };
    state.rows.push({ row: row, key: row.key, get: function () {
      var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      return type === 'radio' ? (on[0] || '') : on;
    } });
    return fs;
  }

  function quartersRow(row, value) {
    var p = problemEl();
    var unit = row.unit ? '（' + row.unit + '）' : '';
    var fs = el('fieldset', { class: 'row quarters', 'aria-describedby': p.id }, [el('legend', {}, [row.label + unit, tag(row) ? ' ' : '', tag(row)])]);
    var grid = el('div', { class: 'quarter-grid' });
    var inputs = {};
    state.report.form.quarters.forEach(function (q) {
      var fid = id('f');
      var auto = el('span', { class: 'auto', id: fid + 'a', hidden: true });
      var qp = problemEl();
      var input = el('input', { id: fid, type: 'text', inputmode: row.valueType === 'count' ? 'numeric' : 'decimal', autocomplete: 'off', 'data-key': row.key + '/' + q,
        'aria-describedby': fid + 'a ' + qp.id });
      input.value = value[q] === undefined || value[q] === null ? '' : String(value[q]);
      inputs[q] = input;
      var optional = q === '全年' && (row.yearSum || row.derived || row.quarterly);
      // the cell's label names its row too, for a screen reader that lands on it from elsewhere
      grid.appendChild(el('div', { class: 'cell' }, [el('label', { for: fid }, [el('span', { class: 'sr', text: row.label + ' ' }), q,
        optional && !row.derived ? el('span', { class: 'hint-inline', text: '（可留空，自动计算）' }) : null]), input, auto, qp]));
      state.fields[row.key + '/' + q] = { input: input, problem: qp, auto: auto, row: row };
    });
    fs.appendChild(grid);
    fs.appendChild(p);
    state.fields[row.key] = { input: inputs['第一季度'], problem: p, group: fs, row: row };
    state.rows.push({ row: row, key: row.key, get: function () {
      var o = {};
      Object.keys(inputs).forEach(function (q) { o[q] = inputs[q].value; });
      return o;
    } });
    return fs;
  }

  // A row of the 信息公开 report's matrix: one cell per column (申请人, 行政复议 …), as the form's columns.
  function matrixRow(row, value) {
    var p = problemEl();
    var unit = row.unit ? '（' + row.unit + '）' : '';
    var fs = el('fieldset', { class: 'row quarters matrix', 'aria-describedby': p.id }, [el('legend', {}, [row.label + unit])]);
    var grid = el('div', { class: 'quarter-grid' });
    var inputs = {};
    row.columns.forEach(function (c) {
      var fid = id('f');
      var auto = el('span', { class: 'auto', id: fid + 'a', hidden: true });
      var cp = problemEl();
      var input = el('input', { id: fid, type: 'text', inputmode: row.valueType === 'count' ? 'numeric' : 'decimal', autocomplete: 'off',
        'data-key': row.key + '/' + c.id, 'aria-describedby': fid + 'a ' + cp.id });
      input.value = value[c.id] === undefined || value[c.id] === null ? '' : String(value[c.id]);
      inputs[c.id] = input;
      grid.appendChild(el('div', { class: 'cell' }, [el('label', { for: fid }, [el('span', { class: 'sr', text: row.label + ' ' + (row.heading ? row.heading + '：' : '') }),
        c.path.split('/').join(' / ')]), input, auto, cp]));
      state.fields[row.key + '/' + c.id] = { input: input, problem: cp, auto: auto, row: row };
    });
    fs.appendChild(grid);
    fs.appendChild(p);
    state.fields[row.key] = { input: inputs[row.columns[0].id], problem: p, group: fs, row: row };
    state.rows.push({ row: row, key: row.key, get: function () {
      var o = {};
      Object.keys(inputs).forEach(function (k) { o[k] = inputs[k].value; });
      return o;
    } });
    return fs;
  }

  function accountsRow(row, value) {
    var p = problemEl();
    var fs = el('fieldset', { class: 'row accounts', 'aria-describedby': p.id }, [el('legend', {}, [row.label + '账号', tag(row) ? ' ' : '', tag(row)])]);
    var list = el('div', { class: 'account-list' });
    var accounts = [];
    var add = el('button', { type: 'button', class: 'secondary', text: '添加' + row.label + '账号', 'data-key': row.key });
    var announce = el('p', { class: 'sr', role: 'status', 'aria-live': 'polite' });

    function renumber() {
      accounts.forEach(function (a, i) {
        a.legend.textContent = row.label + '账号 第 ' + (i + 1) + ' 个';
        a.remove.textContent = '删除' + row.label + '账号 第 ' + (i + 1) + ' 个';
        row.children.forEach(function (field) {
          state.fields[row.key + '/' + i + '/' + field.id] = a.fields[field.id];
          a.fields[field.id].input.setAttribute('data-key', row.key + '/' + i + '/' + field.id);
        });
      });
    }

    function addAccount(values, focus) {
      var a = { fields: {}, legend: el('legend') };
      var box = el('fieldset', { class: 'account' }, [a.legend]);
      row.children.forEach(function (field) {
        var fid = id('f');
        var fp = problemEl();
        var unit = field.unit ? el('span', { class: 'unit', id: fid + 'u', text: field.unit }) : null;
        var input = el('input', { id: fid, type: 'text', autocomplete: 'off', inputmode: INPUT_MODE[field.valueType] || null,
          'aria-describedby': [unit ? fid + 'u' : '', fp.id].filter(Boolean).join(' ') });
        input.value = values[field.id] === undefined ? '' : String(values[field.id]);
        a.fields[field.id] = { input: input, problem: fp, row: field };
        box.appendChild(el('div', { class: 'row' }, [el('label', { for: fid, text: field.label }), el('span', { class: 'field' }, [input, unit]), fp]));
      });
      a.remove = el('button', { type: 'button', class: 'secondary' });
      a.remove.addEventListener('click', function () {
        var i = accounts.indexOf(a);
        accounts.splice(i, 1);
        box.remove();
        Object.keys(state.fields).forEach(function (k) { if (k.indexOf(row.key + '/') === 0) delete state.fields[k]; });
        renumber();
        announce.textContent = '已删除' + row.label + '账号 第 ' + (i + 1) + ' 个，还有 ' + accounts.length + ' 个';
        add.focus();
        changed();
      });
      box.appendChild(a.remove);
      a.box = box;
      accounts.push(a);
      list.appendChild(box);
      renumber();
      if (focus) a.fields[row.children[0].id].input.focus();
    }

    value.forEach(function (v) { addAccount(v, false); });
    add.addEventListener('click', function () {
      addAccount({}, true);
      announce.textContent = '已添加' + row.label + '账号 第 ' + accounts.length + ' 个';
      changed();
    });
    fs.appendChild(list);
    fs.appendChild(add);
    fs.appendChild(announce);
    fs.appendChild(p);
    state.fields[row.key] = { input: add, problem: p, group: fs, row: row };
    state.rows.push({ row: row, key: row.key, get: function () {
      return accounts.map(function (a) {
        var o = {};
        Object.keys(a.fields).forEach(function (k) { o[k] = a.fields[k].input.value; });
        return o;
      });
    } });
    return fs;
  }

  // ---- checking as the user types ----

  function values() {
    var v = {};
    state.rows.forEach(function (r) { v[r.key] = r.get(); });
    return v;
  }

  function request(draft) {
    var rep = state.report;
    return { year: rep.year, site: rep.site, baseText: rep.baseText, baseHash: rep.baseHash, values: values(),
      narrative: state.narrative.value, draft: draft };
  }

  function changed() {
    state.dirty = true;
    document.documentElement.dataset.pending = '1'; // a check is due: tests and tools wait for '0'
    clearTimeout(state.timer);
    state.due = true;
    state.timer = setTimeout(function () { state.due = false; check(); }, 400);
  }

  function check() {
    var seq = ++state.seq;
    api('check', request(false)).then(function (r) {
      if (seq !== state.seq) return; // a later check is on its way
      if (!state.due) document.documentElement.dataset.pending = '0';
      if (r.status !== 200) {
        document.getElementById('count').textContent = '无法检查：' + r.body.message;
        return;
      }
      show(r.body);
    }).catch(function (e) {
      document.documentElement.dataset.pending = '0';
      document.getElementById('count').textContent = '无法连接本机预览服务：' + e.message;
    });
  }

  function show(result) {
    Object.keys(state.fields).forEach(function (k) {
      var f = state.fields[k];
      f.problem.hidden = true;
      f.problem.textContent = '';
      if (f.input && f.input.tagName === 'INPUT') f.input.removeAttribute('aria-invalid');
      if (f.auto) { f.auto.hidden = true; f.auto.textContent = ''; if (f.input) f.input.placeholder = f.row && f.row.valueType === 'date' ? 'YYYY-MM-DD' : ''; }
    });
    var general = document.getElementById('general');
    general.textContent = '';
    result.problems.forEach(function (p) {
      var f = state.fields[p.key] || state.fields[p.key.split('/')[0]];
      var words = (p.severity === 'warning' ? '警告：' : '') + p.message;
      if (f) {
        f.problem.hidden = false;
        f.problem.className = 'problem ' + p.severity;
        f.problem.textContent = f.problem.textContent ? f.problem.textContent + '；' + words : words;
        if (p.severity === 'error' && f.input && f.input.tagName === 'INPUT' && f.input.type === 'text') f.input.setAttribute('aria-invalid', 'true');
      }
      var item = el('li', { class: p.severity });
      if (f && f.input) {
        var go = el('a', { href: '#' + f.input.id, text: (p.subject ? p.subject + '：' : '') + words });
        go.addEventListener('click', function (e) { e.preventDefault(); f.input.focus(); });
        item.appendChild(go);
      } else {
        item.textContent = p.text;
      }
      general.appendChild(item);
    });
    Object.keys(result.derived).forEach(function (k) {
      var f = state.fields[k];
      if (f && f.auto) {
        f.auto.hidden = false;
        f.auto.textContent = '自动计算：' + result.derived[k];
        if (f.input && !f.input.value) f.input.placeholder = result.derived[k];
      }
    });
    var count = document.getElementById('count');
    count.textContent = result.errors + result.warnings === 0 ? '没有问题，可以保存。'
      : '还有 ' + (result.errors + result.warnings) + ' 个问题：错误 ' + result.errors + ' 个，警告 ' + result.warnings + ' 个。' + (result.errors ? '有错误时只能保存为草稿。' : '');
    count.className = result.errors ? 'has-errors' : '';
    document.getElementById('count-short').textContent = result.errors + result.warnings === 0 ? '没有问题'
      : '错误 ' + result.errors + ' 个，警告 ' + result.warnings + ' 个';
    document.getElementById('problems').hidden = result.problems.length === 0;
    document.getElementById('preview').innerHTML = result.preview; // the build's own Markdown rendering, escaped as in the column
    document.getElementById('text').textContent = result.text;
  }

  // ---- saving ----

  function saveReport(draft) {
    var status = document.getElementById('save-status');
    status.className = '';
    status.textContent = '正在保存……';
    api('save', request(draft)).then(function (r) {
      if (r.status === 200) {
        if (!r.body.draft) {
          state.report.baseHash = r.body.baseHash;
          state.report.baseText = r.body.baseText;
        }
        state.dirty = false;
        status.setAttribute('role', 'status');
        status.textContent = (r.body.draft ? '已保存草稿：' : '已保存：') + r.body.saved + (r.body.draft ? '（草稿不参与生成）' : '（栏目预览将自动更新）');
        return;
      }
      status.className = 'problem-text';
      status.setAttribute('role', 'alert');
      status.textContent = r.body.message;
      if (r.status === 422) show(r.body);
    }).catch(function (e) {
      status.className = 'problem-text';
      status.textContent = '无法连接本机预览服务，未保存：' + e.message;
    });
  }
})();
