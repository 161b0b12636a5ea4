// The report's inline filter script, as a string: reads the findings JSON and renders rows with createElement/textContent only.

/**
 * Data shape (see html-findings.ts): { msg, sev: [id, label][], rules, files, f: [rule, sev, file, sheet, cell, column,
 * message, places][] } where rule/sev/file are indexes (file -1 = none). Rows are rendered a page at a time so that a
 * report with 100,000 findings stays responsive.
 */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var PAGE = 500;
  var $ = function (id) { return document.getElementById(id); };
  var selRule = $('f-rule'), selSev = $('f-sev'), selFile = $('f-file'), q = $('f-q');
  var body = $('f-body'), status = $('f-status'), more = $('f-more'), empty = $('f-empty');
  if (!body) return;
  var F = D.f;
  var hay = new Array(F.length);
  for (var i = 0; i < F.length; i++) {
    var r = F[i];
    hay[i] = [D.rules[r[0]], r[2] < 0 ? '' : D.files[r[2]], r[3], r[4], r[5], r[6], r[7]].join('\\n').toLowerCase();
  }
  var sep = D.lang === 'en' ? ',' : '.';
  function fmt(n) { return String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, sep); }
  function fill(tpl, p) { return tpl.replace(/\\{(\\w+)\\}/g, function (m, k) { return k in p ? p[k] : m; }); }
  function addOptions(sel, labels) {
    for (var k = 0; k < labels.length; k++) {
      var o = document.createElement('option');
      o.value = String(k);
      o.textContent = labels[k];
      o.setAttribute('data-label', labels[k]);
      sel.appendChild(o);
    }
  }
  addOptions(selRule, D.rules);
  addOptions(selSev, D.sev.map(function (s) { return s[1]; }));
  addOptions(selFile, D.files.map(function (f) { return f === '' ? D.msg.noFile : f; }));
  var matches = [], shown = 0;
  function val(sel) { return sel.value === '' ? -1 : Number(sel.value); }
  function relabel(sel, counts) {
    for (var k = 1; k < sel.options.length; k++) {
      var o = sel.options[k];
      o.textContent = o.getAttribute('data-label') + ' (' + fmt(counts[Number(o.value)] || 0) + ')';
    }
  }
  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    if (text !== undefined) td.textContent = text;
    tr.appendChild(td);
    return td;
  }
  function row(r) {
    var tr = document.createElement('tr');
    var c = cell(tr, undefined, 'rule');
    var code = document.createElement('code');
    code.textContent = D.rules[r[0]];
    c.appendChild(code);
    c = cell(tr);
    var b = document.createElement('span');
    b.className = 'badge ' + D.sev[r[1]][0];
    b.textContent = D.sev[r[1]][1];
    c.appendChild(b);
    cell(tr, r[2] < 0 ? '' : D.files[r[2]] || D.msg.noFile, 'file');
    cell(tr, r[3]);
    c = cell(tr, r[4], 'cell');
    if (r[5]) {
      var col = document.createElement('div');
      col.className = 'muted';
      col.textContent = r[5];
      c.appendChild(col);
    }
    cell(tr, r[6], 'msg');
    cell(tr, r[7], 'muted');
    return tr;
  }
  function renderMore() {
    var frag = document.createDocumentFragment();
    var end = Math.min(matches.length, shown + PAGE);
    for (; shown < end; shown++) frag.appendChild(row(F[matches[shown]]));
    body.appendChild(frag);
    var left = matches.length - shown;
    more.hidden = left <= 0;
    more.textContent = fill(D.msg.more, { count: fmt(Math.min(left, PAGE)) });
  }
  function apply() {
    var fr = val(selRule), fs = val(selSev), ff = val(selFile), text = q.value.trim().toLowerCase();
    var byRule = {}, bySev = {}, byFile = {};
    matches = [];
    for (var i = 0; i < F.length; i++) {
      var r = F[i];
      if (text && hay[i].indexOf(text) < 0) continue;
      var okR = fr < 0 || r[0] === fr, okS = fs < 0 || r[1] === fs, okF = ff < 0 || r[2] === ff;
      if (okS && okF) byRule[r[0]] = (byRule[r[0]] || 0) + 1;
      if (okR && okF) bySev[r[1]] = (bySev[r[1]] || 0) + 1;
      if (okR && okS && r[2] >= 0) byFile[r[2]] = (byFile[r[2]] || 0) + 1;
      if (okR && okS && okF) matches.push(i);
    }
    relabel(selRule, byRule);
    relabel(selSev, bySev);
    relabel(selFile, byFile);
    status.textContent = fill(D.msg.shown, { shown: fmt(matches.length), total: fmt(F.length) });
    while (body.firstChild) body.removeChild(body.firstChild);
    shown = 0;
    empty.hidden = matches.length > 0;
    renderMore();
  }
  var timer;
  selRule.addEventListener('change', apply);
  selSev.addEventListener('change', apply);
  selFile.addEventListener('change', apply);
  q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  more.addEventListener('click', renderMore);
  $('f-reset').addEventListener('click', function () {
    selRule.value = ''; selSev.value = ''; selFile.value = ''; q.value = '';
    apply();
  });
  function jump(set) {
    return function (e) {
      e.preventDefault();
      selRule.value = ''; selSev.value = ''; selFile.value = ''; q.value = '';
      set();
      apply();
      $('findings').scrollIntoView();
    };
  }
  var links = document.querySelectorAll('[data-rule],[data-sev]');
  for (var k = 0; k < links.length; k++) {
    (function (el) {
      var rule = el.getAttribute('data-rule'), sev = el.getAttribute('data-sev');
      el.addEventListener('click', jump(function () {
        if (rule !== null) selRule.value = String(D.rules.indexOf(rule));
        if (sev !== null) selSev.value = String(D.sev.findIndex(function (s) { return s[0] === sev; }));
      }));
    })(links[k]);
  }
  $('filters').hidden = false;
  apply();
})();`;
