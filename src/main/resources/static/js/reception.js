/*
 * The reception page (/reception): finds a procedure, shows its start form with the form-js viewer,
 * its checklist with a file input per document, and sends everything as one multipart
 * POST /api/reception with the session's CSRF token. Problems come back as RFC 9457 documents; each
 * field problem is shown next to its field and nothing the officer typed is lost.
 *
 * Dates: form-js 1.8's date picker follows the browser's locale (MM/dd/yyyy in an English browser),
 * so every date (and date-time) field of a start form is shown here as a text field typed and shown
 * dd/MM/yyyy (dd/MM/yyyy HH:mm), and turned into ISO yyyy-MM-dd (yyyy-MM-ddTHH:mm) for the API.
 */
(function () {
  'use strict';

  const config = window.motcuaReception || {};
  const texts = config.texts || {};
  const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
  const DATE_TIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;
  const RECEIVED = ['ORIGINAL', 'CERTIFIED_COPY', 'COPY', 'SHOWN', 'MISSING'];
  const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];

  const $ = (id) => document.getElementById(id);
  const state = { procedure: null, form: null, schema: null, dates: {}, ids: {}, files: {}, route: null };

  function t(key, ...args) {
    let text = texts[key] || key;
    args.forEach((arg, i) => { text = text.replace('{' + i + '}', arg); });
    return text;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    });
    children.flat().forEach((child) => {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    });
    return node;
  }

  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': config.language || 'vi' };
    if (token && header) headers[header.content] = token.content;
    return headers;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: csrfHeaders(), credentials: 'same-origin' });
    if (!response.ok) throw await problemOf(response);
    return response.json();
  }

  async function problemOf(response) {
    try {
      const body = await response.json();
      body.status = body.status || response.status;
      return body;
    } catch (e) {
      return { status: response.status, title: t('recpage.js.failed'), detail: response.statusText };
    }
  }

  /* ---------- dates ---------- */

  function isoToVietnamese(value, withTime) {
    if (typeof value !== 'string') return value;
    const m = withTime ? ISO_DATE_TIME.exec(value) : ISO_DATE.exec(value);
    if (!m) return value;
    return m[3] + '/' + m[2] + '/' + m[1] + (withTime ? ' ' + m[4] + ':' + m[5] : '');
  }

  /** dd/MM/yyyy (HH:mm) to ISO, or null when it is not a real date. */
  function vietnameseToIso(value, withTime) {
    const m = (withTime ? DATE_TIME : DATE).exec((value || '').trim());
    if (!m) return null;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    if (withTime && (Number(m[4]) > 23 || Number(m[5]) > 59)) return null;
    return m[3] + '-' + m[2] + '-' + m[1] + (withTime ? 'T' + m[4] + ':' + m[5] : '');
  }

  /**
   * The start form as shown here: each datetime field (subtype date or datetime) becomes a text
   * field typed dd/MM/yyyy (HH:mm); text fields already validated as such dates count as dates.
   */
  function vietnameseDates(schema) {
    const dates = {};
    const ids = {};
    const walk = (components) => (components || []).map((component) => {
      const copy = Object.assign({}, component);
      if (copy.components) copy.components = walk(copy.components);
      if (copy.key && copy.id) ids[copy.key] = copy.id;
      if (copy.type === 'datetime' && copy.subtype !== 'time' && copy.key) {
        const withTime = copy.subtype === 'datetime';
        dates[copy.key] = withTime;
        return {
          type: 'textfield', id: copy.id, key: copy.key,
          label: copy.label || copy.dateLabel,
          description: withTime ? t('recpage.js.dateTimeFormat') : t('recpage.js.dateFormat'),
          disabled: copy.disabled, readonly: copy.readonly, conditional: copy.conditional, layout: copy.layout,
          // the format is checked on submit (vietnameseToIso), with a message in the user's language
          validate: { required: !!(copy.validate && copy.validate.required) }
        };
      }
      if (copy.type === 'textfield' && copy.key && copy.validate && typeof copy.validate.pattern === 'string'
          && /(dd\/MM\/yyyy|\\d\{2\}\/|\[0-3\]|0\[1-9\])/.test(copy.validate.pattern)
          && copy.validate.pattern.indexOf('/') >= 0) {
        dates[copy.key] = copy.validate.pattern.indexOf(':') >= 0;
      }
      return copy;
    });
    return { schema: Object.assign({}, schema, { components: walk(schema.components) }), dates, ids };
  }

  /* ---------- form-js's own texts ---------- */

  // form-js 1.8 writes its validation messages and select placeholders in English only
  const FORM_JS_TEXTS = [
    [/^Field is required\.$/, () => t('recpage.js.fjs.required')],
    [/^Field must match pattern .*\.$/, () => t('recpage.js.fjs.pattern')],
    [/^Field must have minimum value of (.*)\.$/, (m) => t('recpage.js.fjs.min', m[1])],
    [/^Field must have maximum value of (.*)\.$/, (m) => t('recpage.js.fjs.max', m[1])],
    [/^Field must have minimum length of (.*)\.$/, (m) => t('recpage.js.fjs.minLength', m[1])],
    [/^Field must have maximum length of (.*)\.$/, (m) => t('recpage.js.fjs.maxLength', m[1])],
    [/^Field must be a valid email\.$/, () => t('recpage.js.fjs.email')],
    [/^Select$/, () => t('recpage.js.fjs.select')]
  ];

  function translateFormJs(root) {
    if (config.language === 'en') return;
    root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error, .fjs-select-display').forEach((node) => {
      // the text node itself is changed (not replaced): preact keeps it and updates it later
      const textNode = node.firstChild;
      if (node.children.length || !textNode || textNode.nodeType !== Node.TEXT_NODE) return;
      const text = textNode.data.trim();
      for (const [pattern, translated] of FORM_JS_TEXTS) {
        const m = pattern.exec(text);
        if (m) { textNode.data = translated(m); return; }
      }
    });
    root.querySelectorAll('input[placeholder="Search"]').forEach((input) => { input.placeholder = t('recpage.js.fjs.search'); });
  }

  /* ---------- procedure search ---------- */

  let searchTimer = null;
  let searchSeq = 0;

  function legalTime(p) {
    const time = p.legalTime || {};
    if (time.calendarDays !== undefined) return t('recpage.js.calendarDays', time.calendarDays);
    if (time.workingHours !== undefined) return t('recpage.js.workingHours', time.workingHours);
    if (time.workingDays === 0) return t('recpage.js.sameDay', time.sameDayCutoff || '');
    if (time.workingDays !== undefined) return t('recpage.js.workingDays', time.workingDays);
    return '';
  }

  function search() {
    const q = $('procedure-search').value.trim();
    const list = $('procedure-results');
    const seq = ++searchSeq;
    if (!q) { list.replaceChildren(); return; }
    getJson('/api/procedures?q=' + encodeURIComponent(q)).then((procedures) => {
      if (seq !== searchSeq) return;
      if (!procedures.length) {
        list.replaceChildren(el('li', { class: 'none', text: t('recpage.js.noProcedure') }));
        return;
      }
      list.replaceChildren(...procedures.map((p) => el('li', { role: 'option', 'data-key': p.key },
        el('button', { type: 'button', class: 'procedure', 'data-key': p.key, onclick: () => choose(p) },
          el('strong', { class: 'name', text: p.name }),
          el('span', { class: 'meta', text: [p.code, p.field, legalTime(p)].filter(Boolean).join(' · ') })))));
    }).catch(showProblem);
  }

  async function choose(procedure, data) {
    state.procedure = procedure;
    $('procedure-results').replaceChildren();
    $('procedure-search').value = procedure.name;
    $('procedure-name').textContent = procedure.name;
    $('procedure-meta').textContent = [procedure.code, procedure.field, legalTime(procedure)].filter(Boolean).join(' · ');
    $('procedure-chosen').hidden = false;
    $('reception').dataset.procedure = procedure.key;
    clearFieldProblems();
    renderChecklist(procedure.checklist || []);
    state.route = null;
    await Promise.all([renderStartForm(procedure, data || {}), route(null)]);
  }

  /* ---------- routing to the competent agency ---------- */

  /**
   * Where the dossier goes (GET /api/reception/routing): for a commune's procedure a select of the
   * province's communes (the desk's own first chosen), else the competent agency as text; and the
   * agency that will resolve it, noted when it is not the desk's own (the dossier is transferred).
   */
  async function route(commune) {
    if (!state.procedure) return;
    const box = $('routing');
    const params = new URLSearchParams({ procedure: state.procedure.key, agency: $('agency').value });
    if (commune) params.set('commune', commune);
    try {
      const r = await getJson('/api/reception/routing?' + params);
      state.route = r;
      const select = $('commune');
      $('commune-box').hidden = !r.communeBased;
      if (r.communeBased) {
        $('commune-label').textContent = t('recpage.js.commune.' + r.competence);
        select.replaceChildren(...r.communes.map((c) => el('option', { value: c.code, text: c.name })));
        select.value = r.commune;
        // a desk that is not a commune (a department) has no commune of its own: the first one
        if (select.value !== r.commune && r.communes.length) { await route(r.communes[0].code); return; }
      }
      $('resolving-label').textContent = t('recpage.js.resolving');
      $('resolving').textContent = r.resolving.name;
      $('resolving').dataset.code = r.resolving.code;
      $('resolving-note').textContent = r.resolving.code === $('agency').value ? '' : t('recpage.js.transferred');
      box.dataset.resolving = r.resolving.code;
      box.hidden = false;
    } catch (problem) {
      box.hidden = true;
      showProblem(problem);
    }
  }

  async function renderStartForm(procedure, data) {
    const container = $('start-form');
    if (state.form) { state.form.destroy(); state.form = null; }
    container.replaceChildren();
    container.removeAttribute('data-rendered');
    $('data-none').hidden = true;
    if (!procedure.startForm) {
      $('data-none').textContent = t('recpage.js.noStartForm');
      $('data-none').hidden = false;
      return;
    }
    try {
      const schema = await getJson('/api/procedures/' + encodeURIComponent(procedure.key) + '/start-form');
      const shown = vietnameseDates(schema);
      state.schema = shown.schema;
      state.dates = shown.dates;
      state.ids = shown.ids;
      state.form = new FormViewer.Form({ container });
      await state.form.importSchema(shown.schema, shownData(data));
      container.dataset.rendered = procedure.key;
    } catch (problem) {
      showProblem(problem);
    }
  }

  /** Intake data as the form shows it: ISO dates as dd/MM/yyyy. */
  function shownData(data) {
    // the start forms hide their own applicant fields at the desk (this page has them)
    const shown = Object.assign({ deskReception: true }, data);
    Object.entries(state.dates).forEach(([key, withTime]) => {
      if (key in shown) shown[key] = isoToVietnamese(shown[key], withTime);
    });
    return shown;
  }

  /* ---------- applicant and earlier dossiers ---------- */

  let lastLookup = null;

  function lookUpEarlier() {
    const id = $('idNumber').value.trim();
    if (!/^(\d{9}|\d{12})$/.test(id) || id === lastLookup) return;
    lastLookup = id;
    getJson('/api/applicants/' + id + '/dossiers').then((dossiers) => {
      const box = $('earlier');
      box.hidden = !dossiers.length;
      $('earlier-list').replaceChildren(...dossiers.map((d) => el('li', { 'data-code': d.code },
        el('span', { text: d.code + ' · ' + (d.procedureName || d.procedureKey) + ' · ' + formatDateTime(d.receivedAt) + ' · ' + ((d.applicant || {}).fullName || '') }),
        ' ',
        el('button', { type: 'button', class: 'secondary small reuse', onclick: () => reuse(d), text: t('recpage.js.reuse') }))));
    }).catch(() => { $('earlier').hidden = true; });
  }

  async function reuse(dossier) {
    const a = dossier.applicant || {};
    ['fullName', 'idNumber', 'phone', 'email', 'address'].forEach((name) => {
      if (a[name]) $(name).value = a[name];
    });
    const data = dossier.data || {};
    if (state.procedure && state.procedure.key === dossier.procedureKey || !dossier.procedureKey) {
      if (state.form) await state.form.importSchema(state.schema, shownData(data));
    } else {
      try {
        await choose(await getJson('/api/procedures/' + encodeURIComponent(dossier.procedureKey)), data);
      } catch (problem) {
        showProblem(problem);
      }
    }
  }

  /* ---------- checklist and scans ---------- */

  function renderChecklist(items) {
    const table = $('checklist');
    const body = table.querySelector('tbody');
    state.files = {};
    $('checklist-none').hidden = items.length > 0;
    table.hidden = items.length === 0;
    body.replaceChildren(...items.map((item, i) => {
      const id = 'item-' + item.kind;
      const select = el('select', { id: id + '-received', name: 'received.' + item.kind, 'data-field': 'checklist[' + i + '].received', 'aria-labelledby': id + '-name' },
        RECEIVED.map((value) => el('option', { value, text: t('recpage.js.received.' + value) })));
      const count = el('input', { type: 'number', id: id + '-count', min: 0, max: 99, value: 1, 'data-field': 'checklist[' + i + '].count', 'aria-label': t('recpage.js.countOf', item.name) });
      select.addEventListener('change', () => {
        if (select.value === 'MISSING') count.value = 0;
        else if (Number(count.value) === 0) count.value = 1;
        updateMissing();
      });
      const file = el('input', { type: 'file', id: id + '-file', multiple: true, accept: '.pdf,.jpg,.jpeg,.png,' + ACCEPTED.join(','), 'data-field': 'document.' + item.kind, 'aria-label': t('recpage.js.scanOf', item.name), 'aria-describedby': id + '-files' });
      const chosen = el('ul', { id: id + '-files', class: 'files' });
      file.addEventListener('change', () => chooseFiles(item, file, chosen));
      return el('tr', { 'data-kind': item.kind, 'data-index': i },
        el('td', {}, el('span', { id: id + '-name', text: item.name }), ' ', el('small', { text: item.kind })),
        el('td', {}, select), el('td', {}, count), el('td', {}, file, chosen));
    }));
    updateMissing();
  }

  function chooseFiles(item, input, list) {
    const kept = [];
    list.replaceChildren(...Array.from(input.files).map((f) => {
      const tooLarge = f.size > config.maxFileBytes;
      const wrongType = f.type && ACCEPTED.indexOf(f.type) < 0;
      if (!tooLarge && !wrongType) kept.push(f);
      const note = tooLarge ? t('recpage.js.tooLarge', formatSize(config.maxFileBytes))
        : wrongType ? t('recpage.js.wrongType') : '';
      return el('li', { class: note ? 'field-error' : 'file' }, f.name + ' · ' + formatSize(f.size) + (note ? ' · ' + note : ''));
    }));
    state.files[item.kind] = kept;
    const select = $('item-' + item.kind + '-received');
    if (kept.length && select.value === 'MISSING') { select.value = 'COPY'; $('item-' + item.kind + '-count').value = 1; updateMissing(); }
  }

  function formatSize(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / 1024 / 1024).toLocaleString(config.language, { maximumFractionDigits: 1 }) + ' MB';
    if (bytes >= 1024) return (bytes / 1024).toLocaleString(config.language, { maximumFractionDigits: 0 }) + ' KB';
    return bytes + ' B';
  }

  function checklist() {
    return (state.procedure && state.procedure.checklist || []).map((item) => ({
      kind: item.kind,
      received: $('item-' + item.kind + '-received').value,
      count: Number($('item-' + item.kind + '-count').value || 0)
    }));
  }

  function updateMissing() {
    const decision = document.querySelector('input[name="decision"]:checked').value;
    const missing = (state.procedure && state.procedure.checklist || []).filter((item) => {
      const select = $('item-' + item.kind + '-received');
      return select && select.value === 'MISSING';
    });
    $('missing').hidden = decision !== 'REQUEST_COMPLETION';
    $('missing-list').replaceChildren(...(missing.length ? missing.map((item) => el('li', { text: item.name }))
      : [el('li', { class: 'muted', text: t('recpage.js.nothingMissing') })]));
    $('reason').required = decision !== 'RECEIVE';
  }

  /* ---------- problems ---------- */

  function clearFieldProblems() {
    document.querySelectorAll('.field-problem').forEach((node) => node.remove());
    document.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
    const box = $('problem');
    box.hidden = true;
    box.replaceChildren();
  }

  /** The element a problem's field names: exact data-field, else the nearest enclosing one. */
  function fieldElement(name) {
    if (!name) return null;
    let path = String(name);
    if (path.startsWith('dossier.')) path = path.substring('dossier.'.length);
    const dataKey = /^data\.(.+)$/.exec(path);
    if (dataKey && state.ids[dataKey[1]]) {
      const input = document.querySelector('#start-form [id$="-' + CSS.escape(state.ids[dataKey[1]]) + '"]');
      if (input) return input;
    }
    while (path) {
      const found = document.querySelector('[data-field="' + CSS.escape(path) + '"]');
      if (found) return found;
      const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut > 0 ? path.substring(0, cut) : '';
    }
    return null;
  }

  function showFieldProblem(field, message) {
    const target = fieldElement(field);
    if (!target) return false;
    const id = 'problem-' + Math.random().toString(36).slice(2);
    const note = el('span', { class: 'field-problem field-error', id, role: 'alert', 'data-for': field, text: message });
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', ((target.getAttribute('aria-describedby') || '') + ' ' + id).trim());
    const startFormField = target.closest('.fjs-form-field');
    if (startFormField) startFormField.append(note);
    else target.after(note);
    return true;
  }

  function showProblem(problem) {
    clearFieldProblems();
    const box = $('problem');
    const fields = [].concat(problem.errors || [], (problem['invalid-params'] || []).map((p) => ({ field: p.name, message: p.reason })));
    const unplaced = fields.filter((f) => !showFieldProblem(f.field, f.message || f.reason));
    box.append(el('strong', { text: problem.title || t('recpage.js.failed') }));
    if (problem.detail) box.append(el('p', { id: 'problem-detail', text: problem.detail }));
    if (unplaced.length) box.append(el('ul', {}, unplaced.map((f) => el('li', { text: (f.field ? f.field + ': ' : '') + (f.message || f.reason) }))));
    box.dataset.status = problem.status || '';
    box.hidden = false;
    const first = document.querySelector('[aria-invalid="true"]') || box;
    first.scrollIntoView({ block: 'center' });
  }

  /* ---------- submit ---------- */

  async function submit(event) {
    event.preventDefault();
    clearFieldProblems();
    if (!state.procedure) {
      showProblem({ title: t('recpage.js.incomplete'), errors: [{ field: 'procedure', message: t('recpage.js.chooseProcedure') }] });
      return;
    }
    let data = {};
    if (state.form) {
      const result = state.form.submit();
      const problems = Object.entries(result.errors || {}).filter(([, list]) => list && list.length);
      const dateProblems = [];
      data = Object.assign({}, result.data);
      Object.entries(state.dates).forEach(([key, withTime]) => {
        const value = data[key];
        if (value === undefined || value === null || value === '') { delete data[key]; return; }
        const iso = vietnameseToIso(value, withTime);
        if (iso === null) dateProblems.push({ field: 'data.' + key, message: t(withTime ? 'recpage.js.badDateTime' : 'recpage.js.badDate', value) });
        else data[key] = iso;
      });
      if (problems.length || dateProblems.length) {
        showProblem({ title: t('recpage.js.incomplete'), detail: problems.length ? t('recpage.js.formErrors') : null, errors: dateProblems });
        return;
      }
    }
    const body = {
      procedure: state.procedure.key,
      agency: $('agency').value,
      channel: 'COUNTER',
      applicant: {
        fullName: $('fullName').value.trim(),
        idNumber: $('idNumber').value.trim(),
        phone: $('phone').value.trim() || null,
        email: $('email').value.trim() || null,
        address: $('address').value.trim() || null
      },
      data,
      checklist: checklist(),
      decision: document.querySelector('input[name="decision"]:checked').value,
      reason: $('reason').value.trim() || null,
      commune: state.route && state.route.communeBased ? $('commune').value : null
    };
    const multipart = new FormData();
    multipart.append('dossier', new Blob([JSON.stringify(body)], { type: 'application/json' }));
    Object.entries(state.files).forEach(([kind, files]) => files.forEach((f) => multipart.append('document.' + kind, f, f.name)));
    const button = $('submit');
    button.disabled = true;
    try {
      const response = await fetch('/api/reception', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', body: multipart });
      if (!response.ok) { showProblem(await problemOf(response)); return; }
      showResult(await response.json(), body.decision);
    } catch (e) {
      showProblem({ title: t('recpage.js.failed'), detail: e.message });
    } finally {
      button.disabled = false;
    }
  }

  function formatDateTime(iso) {
    if (!iso) return '';
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: config.zone || undefined, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(iso));
    const part = (type) => (parts.find((p) => p.type === type) || {}).value;
    return part('day') + '/' + part('month') + '/' + part('year') + ' ' + part('hour') + ':' + part('minute');
  }

  function showResult(result, decision) {
    $('reception-form').hidden = true;
    const section = $('result');
    section.dataset.code = result.code;
    section.dataset.decision = decision;
    $('result-title').textContent = t('recpage.js.done.' + decision);
    $('result-code').textContent = result.code;
    $('result-status').textContent = t('recpage.js.status.' + result.status) === 'recpage.js.status.' + result.status ? result.status : t('recpage.js.status.' + result.status);
    $('result-received').textContent = formatDateTime(result.receivedAt);
    $('result-due').textContent = formatDateTime(result.dueAt);
    $('result-due').hidden = $('result-due-label').hidden = !result.dueAt || decision !== 'RECEIVE';
    $('result-papers').replaceChildren(...(result.papers || []).map((paper) => el('li', { 'data-form': paper.form },
      el('span', { text: t('recpage.js.paper', paper.form) + ' – ' + (paper.title || '') + ': ' }),
      el('a', { href: paper.html, target: '_blank', rel: 'noopener', class: 'paper-html', text: 'HTML' }), ' · ',
      el('a', { href: paper.pdf, target: '_blank', rel: 'noopener', class: 'paper-pdf', text: 'PDF' }))));
    $('result-dossier').href = '/dossiers/' + encodeURIComponent(result.code);
    section.hidden = false;
    section.focus();
  }

  function again() {
    window.location.assign(window.location.pathname + window.location.search);
  }

  /* ---------- wiring ---------- */

  $('procedure-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 250);
  });
  $('procedure-search').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); clearTimeout(searchTimer); search(); }
  });
  $('procedure-change').addEventListener('click', () => {
    $('procedure-chosen').hidden = true;
    $('procedure-search').value = '';
    $('procedure-search').focus();
  });
  $('agency').addEventListener('change', () => route(null));
  $('commune').addEventListener('change', () => route($('commune').value));
  $('idNumber').addEventListener('input', lookUpEarlier);
  $('idNumber').addEventListener('change', lookUpEarlier);
  document.querySelectorAll('input[name="decision"]').forEach((radio) => radio.addEventListener('change', updateMissing));
  $('reception-form').addEventListener('submit', submit);
  $('again').addEventListener('click', again);
  updateMissing();
  new MutationObserver(() => translateFormJs($('start-form')))
    .observe($('start-form'), { childList: true, subtree: true, characterData: true });
  $('reception').dataset.ready = 'true';
})();
