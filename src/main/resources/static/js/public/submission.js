/*
 * The online submission page (/public/procedures/{key}/submit): the procedure's start form in the
 * form-js viewer (as the reception page shows it: dates typed dd/MM/yyyy, the applicant's own
 * fields hidden since the page asks for them), a file input per required document, the one-time
 * code (POST /api/public/otp, then /api/public/otp/verify for a proof), and one multipart
 * POST /api/public/submissions. Problems come back as RFC 9457 documents, shown next to their
 * fields; nothing typed is lost.
 */
(function () {
  'use strict';

  const config = window.motcuaSubmission || {};
  const texts = config.texts || {};
  const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
  const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];
  const $ = (id) => document.getElementById(id);
  const state = { form: null, dates: {}, ids: {}, files: {}, proof: null, proofFor: null, route: null };

  function t(key, ...args) {
    let text = texts['submission.js.' + key] || key;
    args.forEach((arg, i) => { text = text.replace('{' + i + '}', arg); });
    return text;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : value);
    });
    children.flat().forEach((child) => { if (child != null) node.append(child instanceof Node ? child : String(child)); });
    return node;
  }

  function headers(json) {
    const h = { Accept: 'application/json, application/problem+json', 'Accept-Language': config.language || 'vi' };
    if (json) h['Content-Type'] = 'application/json';
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) h[header.content] = token.content;
    return h;
  }

  async function problemOf(response) {
    try {
      const body = await response.json();
      body.status = body.status || response.status;
      return body;
    } catch (e) {
      return { status: response.status, title: t('failed'), detail: response.statusText };
    }
  }

  async function post(url, body) {
    const response = await fetch(url, { method: 'POST', headers: headers(true), credentials: 'same-origin', body: JSON.stringify(body) });
    if (!response.ok) throw await problemOf(response);
    return response.json();
  }

  /* ---------- problems ---------- */

  function clearProblems() {
    document.querySelectorAll('.field-problem').forEach((n) => n.remove());
    document.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    const box = $('problem');
    box.replaceChildren();
    box.hidden = true;
  }

  /** The element a problem's field names: the start form's input, else the nearest data-field. */
  function target(name) {
    if (!name) return null;
    let path = String(name);
    if (path.startsWith('submission.')) path = path.substring('submission.'.length);
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
    const node = target(field);
    if (!node) return false;
    const note = el('span', { class: 'field-problem', role: 'alert', 'data-for': field, text: message });
    node.setAttribute('aria-invalid', 'true');
    const formField = node.closest('.fjs-form-field');
    if (formField) formField.append(note); else node.after(note);
    return true;
  }

  function showProblem(problem) {
    clearProblems();
    const box = $('problem');
    const fields = [].concat(problem.errors || [], (problem['invalid-params'] || []).map((p) => ({ field: p.name, message: p.reason })));
    const unplaced = fields.filter((f) => !showFieldProblem(f.field, f.message || f.reason));
    box.append(el('strong', { text: problem.title || t('failed') }));
    if (problem.detail) box.append(el('p', { id: 'problem-detail', text: problem.detail }));
    if (unplaced.length) box.append(el('ul', {}, unplaced.map((f) => el('li', { text: (f.field ? f.field + ': ' : '') + (f.message || f.reason) }))));
    box.dataset.status = problem.status || '';
    box.hidden = false;
    (document.querySelector('[aria-invalid="true"]') || box).scrollIntoView({ block: 'center' });
  }

  /* ---------- start form ---------- */

  function vietnameseDates(schema) {
    const dates = {};
    const ids = {};
    const walk = (components) => (components || []).map((component) => {
      const copy = Object.assign({}, component);
      if (copy.components) copy.components = walk(copy.components);
      if (copy.key && copy.id) ids[copy.key] = copy.id;
      if (copy.type === 'datetime' && copy.subtype === 'date' && copy.key) {
        dates[copy.key] = true;
        return {
          type: 'textfield', id: copy.id, key: copy.key, label: copy.label || copy.dateLabel,
          description: t('dateFormat'), conditional: copy.conditional, layout: copy.layout,
          validate: { required: !!(copy.validate && copy.validate.required) }
        };
      }
      return copy;
    });
    return { schema: Object.assign({}, schema, { components: walk(schema.components) }), dates, ids };
  }

  function toIso(value) {
    const m = DATE.exec((value || '').trim());
    if (!m) return null;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return m[3] + '-' + m[2] + '-' + m[1];
  }

  const FORM_JS_TEXTS = [
    [/^Field is required\.$/, () => t('fjs.required')],
    [/^Field must match pattern .*\.$/, () => t('fjs.pattern')],
    [/^Field must have minimum value of (.*)\.$/, (m) => t('fjs.min', m[1])],
    [/^Field must have maximum value of (.*)\.$/, (m) => t('fjs.max', m[1])],
    [/^Field must have minimum length of (.*)\.$/, (m) => t('fjs.minLength', m[1])],
    [/^Field must have maximum length of (.*)\.$/, (m) => t('fjs.maxLength', m[1])],
    [/^Field must be a valid email\.$/, () => t('fjs.email')],
    [/^Select$/, () => t('fjs.select')]
  ];

  function translateFormJs(root) {
    if (config.language === 'en') return;
    root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error, .fjs-select-display').forEach((node) => {
      const textNode = node.firstChild;
      if (node.children.length || !textNode || textNode.nodeType !== Node.TEXT_NODE) return;
      const text = textNode.data.trim();
      for (const [pattern, translated] of FORM_JS_TEXTS) {
        const m = pattern.exec(text);
        if (m) { textNode.data = translated(m); return; }
      }
    });
    root.querySelectorAll('input[placeholder="Search"]').forEach((input) => { input.placeholder = t('fjs.search'); });
  }

  async function renderStartForm() {
    const container = $('start-form');
    if (!config.hasStartForm) { $('data-none').hidden = false; return; }
    const response = await fetch('/api/procedures/' + encodeURIComponent(config.procedure) + '/start-form', { headers: headers(false) });
    if (!response.ok) { showProblem(await problemOf(response)); return; }
    const shown = vietnameseDates(await response.json());
    state.dates = shown.dates;
    state.ids = shown.ids;
    state.form = new FormViewer.Form({ container });
    // the start forms hide their own applicant fields when the page asks for the applicant
    await state.form.importSchema(shown.schema, { deskReception: true });
    container.dataset.rendered = config.procedure;
  }

  /* ---------- files ---------- */

  function chooseFiles(input) {
    const kind = input.dataset.kind;
    const kept = [];
    const problems = [];
    Array.from(input.files || []).forEach((file) => {
      if (ACCEPTED.indexOf(file.type) < 0) problems.push(t('wrongType', file.name));
      else if (file.size > config.maxFileBytes) problems.push(t('tooLarge', file.name));
      else kept.push(file);
    });
    state.files[kind] = kept;
    $('files-' + kind).textContent = kept.map((f) => f.name + ' · ' + f.size + ' B').join(', ');
    clearProblems();
    if (problems.length) showProblem({ title: t('incomplete'), errors: problems.map((m) => ({ field: 'document.' + kind, message: m })) });
  }

  /* ---------- one-time code ---------- */

  function contact() {
    const channel = document.querySelector('input[name="channel"]:checked').value;
    return { channel, address: (channel === 'EMAIL' ? $('email') : $('phone')).value.trim() };
  }

  async function sendCode() {
    clearProblems();
    const c = contact();
    if (!c.address) {
      showProblem({ title: t('incomplete'), errors: [{ field: c.channel === 'EMAIL' ? 'applicant.email' : 'applicant.phone', message: t('contactNeeded') }] });
      return;
    }
    $('send-code').disabled = true;
    try {
      const sent = await post('/api/public/otp', c);
      $('code-sent').textContent = sent.message || t('codeSent', sent.address);
      $('code-sent').hidden = false;
      $('code').focus();
    } catch (problem) {
      showProblem(problem);
    } finally {
      $('send-code').disabled = false;
    }
  }

  async function checkCode() {
    clearProblems();
    const c = contact();
    try {
      const verified = await post('/api/public/otp/verify', { address: c.address, code: $('code').value.trim() });
      state.proof = verified.proof;
      state.proofFor = c.address;
      $('proved').textContent = t('proved', c.address);
      $('proved').hidden = false;
      $('submission').dataset.proved = 'true';
    } catch (problem) {
      showProblem(Object.assign({}, problem, { errors: [{ field: 'code', message: problem.detail || problem.title }], detail: null }));
    }
  }

  /* ---------- submit ---------- */

  async function submit(event) {
    event.preventDefault();
    clearProblems();
    let data = {};
    if (state.form) {
      const result = state.form.submit();
      const problems = Object.entries(result.errors || {}).filter(([, list]) => list && list.length);
      const dateProblems = [];
      data = Object.assign({}, result.data);
      delete data.deskReception;
      Object.keys(state.dates).forEach((key) => {
        const value = data[key];
        if (value === undefined || value === null || value === '') { delete data[key]; return; }
        const iso = toIso(value);
        if (iso === null) dateProblems.push({ field: 'data.' + key, message: t('badDate', value) });
        else data[key] = iso;
      });
      if (problems.length || dateProblems.length) {
        showProblem({ title: t('incomplete'), detail: problems.length ? t('formErrors') : null, errors: dateProblems });
        return;
      }
    }
    if (!state.proof) {
      showProblem({ title: t('incomplete'), errors: [{ field: 'code', message: t('codeNeeded') }] });
      return;
    }
    const body = {
      procedure: config.procedure,
      agency: $('agency').value,
      applicant: {
        fullName: $('fullName').value.trim(),
        idNumber: $('idNumber').value.trim(),
        email: $('email').value.trim() || null,
        phone: $('phone').value.trim() || null,
        address: $('address').value.trim() || null
      },
      data,
      proof: state.proof,
      commune: state.route && state.route.communeBased ? $('commune').value : null
    };
    const multipart = new FormData();
    multipart.append('submission', new Blob([JSON.stringify(body)], { type: 'application/json' }));
    Object.entries(state.files).forEach(([kind, files]) => files.forEach((f) => multipart.append('document.' + kind, f, f.name)));
    const button = $('submit');
    button.disabled = true;
    try {
      const response = await fetch('/api/public/submissions', { method: 'POST', headers: headers(false), credentials: 'same-origin', body: multipart });
      if (!response.ok) { showProblem(await problemOf(response)); return; }
      showResult(await response.json());
    } catch (e) {
      showProblem({ title: t('failed'), detail: e.message });
    } finally {
      button.disabled = false;
    }
  }

  function showResult(result) {
    $('submission-form').hidden = true;
    const section = $('result');
    section.dataset.code = result.code;
    $('result-code').textContent = result.code;
    $('result-status').href = result.statusUrl;
    $('result-ack').href = result.acknowledgementUrl + (config.language === 'en' ? '&lang=en' : '');
    $('result-qr').src = result.qrUrl;
    $('result-qr').alt = $('result-qr').dataset.alt || '';
    section.hidden = false;
    section.focus();
    section.scrollIntoView({ block: 'start' });
  }

  /* ---------- where the dossier goes ---------- */

  /**
   * GET /api/public/routing: for a commune's procedure, a select of the province's communes (the
   * desk's own chosen first, or the one chosen before); else the competent agency as text.
   */
  async function route(commune) {
    const box = $('routing');
    const params = new URLSearchParams({ procedure: config.procedure, agency: $('agency').value });
    if (commune) params.set('commune', commune);
    const response = await fetch('/api/public/routing?' + params, { headers: headers(false), credentials: 'same-origin' });
    if (!response.ok) { box.hidden = true; showProblem(await problemOf(response)); return; }
    const r = await response.json();
    state.route = r;
    $('commune-box').hidden = !r.communeBased;
    if (r.communeBased) {
      $('commune-label').textContent = t('commune.' + r.competence);
      $('commune').replaceChildren(...r.communes.map((c) => el('option', { value: c.code, text: c.name })));
      $('commune').value = r.commune;
      // a desk that is not a commune (a department) has no commune of its own: the first one
      if ($('commune').value !== r.commune && r.communes.length) { await route(r.communes[0].code); return; }
    }
    $('resolving-label').textContent = t('resolving');
    $('resolving').textContent = r.resolving.name;
    box.dataset.resolving = r.resolving.code;
    box.hidden = false;
  }

  /* ---------- wiring ---------- */

  // the commune follows the desk until the applicant picks one
  $('agency').addEventListener('change', () => route(state.communeChosen ? $('commune').value : null).catch(showProblem));
  $('commune').addEventListener('change', () => { state.communeChosen = true; route($('commune').value).catch(showProblem); });
  route(null).catch(showProblem);

  document.querySelectorAll('#documents input[type="file"]').forEach((input) => input.addEventListener('change', () => chooseFiles(input)));
  $('send-code').addEventListener('click', sendCode);
  $('check-code').addEventListener('click', checkCode);
  $('submission-form').addEventListener('submit', submit);
  new MutationObserver(() => translateFormJs($('start-form')))
    .observe($('start-form'), { childList: true, subtree: true, characterData: true });
  renderStartForm().catch(showProblem).finally(() => { $('submission').dataset.ready = 'true'; });
})();
