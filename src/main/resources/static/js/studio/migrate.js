// The migration page of a procedure: proposal → mapping (the administrator chooses the target of
// each step left unmapped) → dry run (every running dossier, movable or blocked and why) → note and
// migration → progress until completed. Texts come from the page (message bundles); every call
// carries the session's CSRF token; problems are shown by their own text (RFC 9457 detail).
(() => {
  const root = document.getElementById('migration');
  if (!root) return;
  const key = root.dataset.key;
  const latest = Number(root.dataset.latest);
  const texts = document.getElementById('texts').dataset;
  const statuses = {};
  for (const s of document.getElementById('statuses').content.querySelectorAll('[data-status]')) {
    statuses[s.dataset.status] = s.textContent;
  }
  const csrf = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  const $ = (id) => document.getElementById(id);
  const format = (text, ...args) => text.replace(/\{(\d+)\}/g, (m, i) => (args[i] ?? m));

  let sources = new Map();   // source step id → name
  let targets = [];          // [{id, name}] of the target version
  let tried = null;          // the request body of the last dry run
  let migrating = false;

  async function call(method, url, body) {
    // problems come back in the page's language, whatever the browser's own preference
    const headers = {
      'Accept': 'application/json, application/problem+json',
      'Accept-Language': document.documentElement.lang || 'vi'};
    if (body) headers['Content-Type'] = 'application/json';
    if (body && csrf && csrfHeader) headers[csrfHeader.content] = csrf.content;
    const response = await fetch(url, {
      method, headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined});
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(json.detail || json.title || format(texts.failedRequest, response.status));
    }
    return json;
  }

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = false;
    $('error').scrollIntoView({block: 'nearest'});
  }

  function clearError() {
    $('error').textContent = '';
    $('error').hidden = true;
  }

  function el(tag, props = {}, ...children) {
    const e = document.createElement(tag);
    Object.assign(e, props);
    for (const c of children) e.append(c);
    return e;
  }

  function step(id, name) {
    const span = el('span', {className: 'step-ref'});
    if (name) span.append(el('span', {className: 'name', textContent: name}), ' ');
    span.append(el('code', {textContent: id}));
    return span;
  }

  function sourceStep(id) { return step(id, sources.get(id)); }

  function versions() { return {from: Number($('from').value), to: Number($('to').value)}; }

  function body() {
    const instructions = [...$('mapping').tBodies[0].querySelectorAll('select')]
      .filter((s) => s.value)
      .map((s) => ({source: s.dataset.source, target: s.value}));
    const v = versions();
    return {key, fromVersion: v.from, toVersion: v.to, instructions};
  }

  // ---- 1. proposal and mapping ----------------------------------------------------------

  function mappingRow(source, name, target, reason) {
    const select = el('select', {className: 'target'});
    select.dataset.source = source;
    select.setAttribute('aria-label', `${$('mapping').tHead.rows[0].cells[1].textContent}: ${name || source}`);
    select.append(el('option', {value: '', textContent: texts.none}));
    for (const t of targets) {
      select.append(el('option', {value: t.id, textContent: t.name ? `${t.name} (${t.id})` : t.id}));
    }
    select.value = target || '';
    select.addEventListener('change', () => {
      tr.classList.toggle('unmapped', !select.value);
      summarise();
      stale();
    });
    const first = el('td', {}, step(source, name));
    if (reason) first.append(el('small', {className: 'reason', textContent: reason}));
    const tr = el('tr', {}, first, el('td', {}, select));
    tr.dataset.source = source;
    tr.classList.toggle('unmapped', !target);
    return tr;
  }

  function summarise() {
    const open = [...$('mapping').tBodies[0].querySelectorAll('select')].filter((s) => !s.value).length;
    $('unmapped-summary').textContent = format(texts.unmappedSummary, open);
    $('unmapped-summary').hidden = open === 0;
  }

  function unmappedReason(code) {
    if (code === 'MISSING_IN_TARGET') return texts.reasonMissing;
    if (code === 'NOT_EQUIVALENT') return texts.reasonNotEquivalent;
    return code;
  }

  async function propose() {
    clearError();
    resetDryRun();
    const v = versions();
    try {
      const p = await call('GET',
        `/api/studio/procedures/${encodeURIComponent(key)}/migration?from=${v.from}&to=${v.to}`);
      sources = new Map((p.sources || []).map((s) => [s.id, s.name]));
      targets = p.targets || [];
      const order = [...sources.keys()];
      const rows = [
        ...p.unmapped.map((u) => mappingRow(u.source, u.name || sources.get(u.source), '', unmappedReason(u.reason))),
        ...[...p.instructions]
          .sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source))
          .map((i) => mappingRow(i.source, sources.get(i.source), i.target, null)),
      ];
      $('mapping').tBodies[0].replaceChildren(...rows);
      summarise();
      showRunning(p.runningDossiers, p.from.version);
      $('diff-link').href =
        `/studio/procedures/${encodeURIComponent(key)}/diff?from=${p.from.version}&to=${p.to.version}`;
      $('diff-link').hidden = false;
      $('dry-run').disabled = false;
    } catch (e) {
      $('mapping').tBodies[0].replaceChildren();
      $('unmapped-summary').hidden = true;
      $('running').textContent = '';
      $('diff-link').hidden = true;
      $('dry-run').disabled = true;
      showError(e.message);
    }
  }

  function showRunning(count, version) {
    $('running').textContent = format(texts.running, count, version);
  }

  // ---- 2. dry run ---------------------------------------------------------------------------

  function resetDryRun() {
    tried = null;
    $('dry-result').hidden = true;
    $('dry-result').tBodies[0].replaceChildren();
    $('dry-summary').hidden = true;
    $('run').disabled = true;
    $('run-hint').textContent = texts.dryRunFirst;
  }

  function stale() {
    if (tried && !migrating) {
      tried = null;
      $('run').disabled = true;
      $('run-hint').textContent = texts.dryRunStale;
      $('dry-result').classList.add('stale');
    }
  }

  function reasonText(reason) {
    if (!reason) return '';
    const unmapped = /^UNMAPPED_STEP: (.*)$/.exec(reason);
    if (unmapped) {
      return `${texts.reasonUnmapped}: ${unmapped[1].split(', ')
        .map((id) => (sources.get(id) ? `${sources.get(id)} (${id})` : id)).join(', ')}`;
    }
    const engine = /^ENGINE: (.*)$/s.exec(reason);
    if (engine) return `${texts.reasonEngine}: ${engine[1]}`;
    return reason;
  }

  function activities(ids) {
    const td = el('td');
    (ids || []).forEach((id, n) => {
      if (n) td.append(el('br'));
      td.append(sourceStep(id));
    });
    return td;
  }

  async function dryRun() {
    clearError();
    const request = body();
    $('dry-run').disabled = true;
    try {
      const r = await call('POST', '/api/studio/migrations/dry-run', request);
      const rows = [];
      for (const m of r.movable) {
        const tr = el('tr', {className: 'movable'},
          el('td', {}, el('code', {textContent: m.code})),
          activities(m.activities),
          el('td', {}, el('span', {className: 'outcome ok', textContent: texts.movable})),
          el('td', {textContent: statuses[m.status] || m.status || ''}));
        tr.dataset.code = m.code;
        rows.push(tr);
      }
      for (const b of r.blocked) {
        const tr = el('tr', {className: 'blocked'},
          el('td', {}, el('code', {textContent: b.code})),
          activities(b.activities),
          el('td', {}, el('span', {className: 'outcome no', textContent: texts.blocked})),
          el('td', {className: 'reason', textContent: reasonText(b.reason)}));
        tr.dataset.code = b.code;
        rows.push(tr);
      }
      $('dry-result').tBodies[0].replaceChildren(...rows);
      $('dry-result').classList.remove('stale');
      $('dry-result').hidden = rows.length === 0;
      $('dry-summary').textContent = format(texts.drySummary, r.movable.length, r.blocked.length);
      $('dry-summary').hidden = false;
      tried = JSON.stringify(request);
      $('run').disabled = r.movable.length === 0;
      $('run-hint').textContent = '';
    } catch (e) {
      showError(e.message);
    } finally {
      $('dry-run').disabled = migrating;
    }
  }

  // ---- 3. migration and progress --------------------------------------------------------------

  function lock() {
    migrating = true;
    for (const e of root.querySelectorAll('input, select, textarea, button')) e.disabled = true;
  }

  function progress(s) {
    const failed = s.failed || [];
    const label = s.state === 'COMPLETED' ? texts.stateCompleted : texts.stateRunning;
    $('progress').textContent = format(texts.progress, label, s.moved, s.total, failed.length);
    $('progress').dataset.state = s.state;
    $('progress-bar').max = Math.max(1, s.total);
    $('progress-bar').value = s.moved + failed.length;
    $('failed').tBodies[0].replaceChildren(...failed.map((f) => el('tr', {},
      el('td', {}, el('code', {textContent: f.code || ''})),
      el('td', {className: 'reason', textContent: reasonText(f.reason)}))));
    $('failed').hidden = failed.length === 0;
  }

  async function run() {
    clearError();
    const note = $('note').value.trim();
    if (!note || note.length > 1000) {
      showError(texts.noteRequired);
      $('note').focus();
      return;
    }
    const request = body();
    if (tried !== JSON.stringify(request)) {
      showError(tried === null ? texts.dryRunFirst : texts.dryRunStale);
      return;
    }
    lock();
    try {
      const started = await call('POST', '/api/studio/migrations', {...request, note});
      $('progress-box').hidden = false;
      progress({state: 'RUNNING', moved: 0, total: started.dossiers, failed: []});
      const poll = async () => {
        try {
          const s = await call('GET', `/api/studio/migrations/${encodeURIComponent(started.migrationId)}`);
          progress(s);
          if (s.state !== 'COMPLETED') {
            setTimeout(poll, 700);
          } else {
            root.dataset.migration = started.migrationId;
            refreshRunning(request.fromVersion, request.toVersion);
          }
        } catch (e) {
          showError(e.message);
        }
      };
      poll();
    } catch (e) {
      showError(e.message);
      migrating = false;
      for (const e2 of root.querySelectorAll('input, select, textarea, button')) e2.disabled = false;
      $('run').disabled = tried === null;
    }
  }

  async function refreshRunning(from, to) {
    try {
      const p = await call('GET',
        `/api/studio/procedures/${encodeURIComponent(key)}/migration?from=${from}&to=${to}`);
      showRunning(p.runningDossiers, from);
    } catch (e) {
      // the count stays as it was; the migration's own status is shown above
    }
  }

  $('versions').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!migrating) propose();
  });
  $('dry-run').addEventListener('click', dryRun);
  $('run').addEventListener('click', run);
  $('note').addEventListener('input', () => {
    if (!$('error').hidden && $('error').textContent === texts.noteRequired) clearError();
  });

  if (latest > 1) {
    propose();
  } else {
    $('dry-run').disabled = true;
    $('propose').disabled = true;
  }
})();
