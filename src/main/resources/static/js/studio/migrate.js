// The migration page: proposal → editable mapping → dry run → migration → progress.
(() => {
  const root = document.getElementById('migration');
  const key = root.dataset.key;
  const texts = document.getElementById('texts').dataset;
  const csrf = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  const $ = (id) => document.getElementById(id);

  async function call(method, url, body) {
    const headers = {'Accept': 'application/json'};
    if (body) headers['Content-Type'] = 'application/json';
    if (csrf && csrfHeader) headers[csrfHeader.content] = csrf.content;
    const response = await fetch(url, {method, headers, body: body ? JSON.stringify(body) : undefined});
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.detail || json.title || response.status);
    return json;
  }

  function row(source, target) {
    const tr = document.createElement('tr');
    for (const value of [source, target]) {
      const td = document.createElement('td');
      const input = document.createElement('input');
      input.value = value || '';
      td.appendChild(input);
      tr.appendChild(td);
    }
    $('mapping').tBodies[0].appendChild(tr);
  }

  function body() {
    const instructions = [...$('mapping').tBodies[0].rows]
      .map((tr) => ({source: tr.cells[0].firstChild.value.trim(), target: tr.cells[1].firstChild.value.trim()}))
      .filter((i) => i.source && i.target);
    return {key, fromVersion: Number($('from').value), toVersion: Number($('to').value), instructions};
  }

  function list(title, items, describe) {
    const h = document.createElement('h3');
    h.textContent = `${title} (${items.length})`;
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      li.textContent = describe(item);
      ul.appendChild(li);
    }
    return [h, ul];
  }

  function fail(error) { $('error').textContent = error.message; }

  $('versions').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('error').textContent = '';
    try {
      const p = await call('GET', `/api/studio/procedures/${encodeURIComponent(key)}/migration?from=${$('from').value}&to=${$('to').value}`);
      $('mapping').tBodies[0].replaceChildren();
      p.instructions.forEach((i) => row(i.source, i.target));
      $('unmapped').replaceChildren();
      for (const u of p.unmapped) {
        row(u.source, '');
        const li = document.createElement('li');
        li.textContent = `${u.source} (${u.name || ''}): ${u.reason}`;
        $('unmapped').appendChild(li);
      }
      $('running').textContent = `${texts.running}: ${p.runningDossiers}`;
    } catch (e) { fail(e); }
  });

  $('dry-run').addEventListener('click', async () => {
    $('error').textContent = '';
    try {
      const r = await call('POST', '/api/studio/migrations/dry-run', body());
      $('dry-result').replaceChildren(
        ...list(texts.movable, r.movable, (m) => `${m.code} · ${m.activities.join(', ')} · ${m.status || ''}`),
        ...list(texts.blocked, r.blocked, (b) => `${b.code} · ${b.activities.join(', ')} · ${b.reason}`));
    } catch (e) { fail(e); }
  });

  $('run').addEventListener('click', async () => {
    $('error').textContent = '';
    try {
      const started = await call('POST', '/api/studio/migrations', {...body(), note: $('note').value});
      const poll = async () => {
        const s = await call('GET', `/api/studio/migrations/${started.migrationId}`);
        $('progress').textContent = `${texts.moved}: ${s.moved}/${s.total} · ${texts.failed}: ${s.failed.length}`
          + s.failed.map((f) => ` · ${f.code}: ${f.reason}`).join('');
        if (s.state !== 'COMPLETED') setTimeout(poll, 1000);
      };
      poll();
    } catch (e) { fail(e); }
  });

  document.getElementById('versions').requestSubmit();
})();
