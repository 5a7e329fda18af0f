/*
 * The procedure editor (/studio/procedures/{key}): the BPMN in the bpmn-js modeler with the Camunda 7
 * properties panel and our element templates, the forms in the form-js editor, the problems panel,
 * the deadline preview and the publish dialog. Work is kept safe: every change is saved as a draft
 * in this browser (localStorage, per procedure) and offered back when the page is opened again.
 *
 * Templates: an element the diagram already describes (a user task with its camunda:property
 * values) is linked to its template (camunda:modelerTemplate), so the panel shows the template's
 * fields over the values it has; applying a template would replace them with the defaults. An
 * element with nothing yet (a new user task) gets the template applied, defaults included. The
 * link attributes are left out of what is checked, previewed and published, as in our processes/.
 */
(function () {
  'use strict';

  const { config, t, el, api, describe, instant } = window.Studio;
  const $ = (id) => document.getElementById(id);
  const key = config.key;
  const DRAFT = 'motcua.studio.draft.' + key;
  const PROCEDURE_TEMPLATE = 'vn.motcua.Procedure';
  const STEP_TEMPLATE = 'vn.motcua.Step';

  const state = { source: null, forms: {}, templates: [], baseline: null, restoring: false };
  let modeler;
  let problems;
  let forms;
  let preview;

  function status(text, kind) {
    const line = $('editor-status');
    line.textContent = text || '';
    line.className = kind || 'muted';
  }

  /* ---------- loading ---------- */

  async function loadSource() {
    const isNew = new URLSearchParams(window.location.search).has('new');
    if (isNew) {
      const stashed = sessionStorage.getItem('motcua.studio.template.' + key);
      if (stashed) {
        const template = JSON.parse(stashed);
        return { key, version: null, bpmn: template.bpmn, forms: template.forms || {}, isNew: true };
      }
      const template = await api('GET', '/api/studio/template?' + new URLSearchParams({ key, name: key }));
      return { key, version: null, bpmn: template.bpmn, forms: template.forms || {}, isNew: true };
    }
    const source = await api('GET', '/api/studio/procedures/' + encodeURIComponent(key) + '/source');
    return Object.assign({ isNew: false }, source);
  }

  async function loadTemplates() {
    try {
      return await api('GET', '/api/studio/element-templates');
    } catch (problem) {
      status(t('editor.noTemplates', describe(problem)), 'error');
      return [];
    }
  }

  /* ---------- templates ---------- */

  function template(id) {
    return state.templates.find((tpl) => tpl.id === id);
  }

  function hasProperties(bo) {
    const ext = bo.get('extensionElements');
    return !!(ext && (ext.get('values') || []).some((v) => v.$instanceOf('camunda:Properties') && (v.get('values') || []).length));
  }

  function templateFor(element) {
    const bo = element.businessObject;
    if (!bo || bo.get('camunda:modelerTemplate')) return null;
    if (bo.$instanceOf('bpmn:Process')) return template(PROCEDURE_TEMPLATE);
    if (bo.$instanceOf('bpmn:UserTask')) return template(STEP_TEMPLATE);
    return null;
  }

  function linkOrApply(element) {
    const tpl = templateFor(element);
    if (!tpl) return;
    if (hasProperties(element.businessObject)) {
      modeler.get('modeling').updateProperties(element, {
        'camunda:modelerTemplate': tpl.id,
        'camunda:modelerTemplateVersion': tpl.version
      });
    } else {
      modeler.get('elementTemplates').applyTemplate(element, tpl);
    }
  }

  /**
   * Links, in the XML before it is drawn, each element that already describes itself to its
   * template, so that the properties panel shows the template's fields from the start.
   */
  async function linked(xml) {
    const moddle = modeler.get('moddle');
    const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
    const visit = (bo) => {
      const tpl = templateFor({ businessObject: bo });
      if (tpl && hasProperties(bo)) {
        bo.set('camunda:modelerTemplate', tpl.id);
        bo.set('camunda:modelerTemplateVersion', tpl.version);
      }
      (bo.get('flowElements') || []).forEach(visit);
    };
    (rootElement.get('rootElements') || []).filter((r) => r.$instanceOf('bpmn:Process')).forEach(visit);
    return (await moddle.toXML(rootElement, { format: true })).xml;
  }

  /** Applies the templates to what the diagram leaves blank (their defaults included). */
  function applyTemplates() {
    const blank = modeler.get('elementRegistry').filter((e) => !e.labelTarget && templateFor(e));
    blank.forEach(linkOrApply);
    if (blank.length) setTimeout(() => modeler.get('selection').select(null), 100);
  }

  /* ---------- the model as text ---------- */

  function strip(xml) {
    return xml.replace(/\s+camunda:modelerTemplate(?:Version)?="[^"]*"/g, '');
  }

  async function bpmn() {
    const { xml } = await modeler.saveXML({ format: true });
    return strip(xml);
  }

  async function importModel(xml) {
    await modeler.importXML(await linked(xml));
    applyTemplates();
    modeler.get('commandStack').clear();
    fit();
    const name = modeler.get('canvas').getRootElement().businessObject.name;
    $('procedure-name').textContent = name || key;
  }

  /** The whole diagram in view, clear of the palette on the left (at most at full size). */
  function fit() {
    const canvas = modeler.get('canvas');
    const { inner, outer } = canvas.viewbox();
    if (!inner.width || !outer.width) return;
    const left = 120;
    const scale = Math.min((outer.width - left - 20) / inner.width, (outer.height - 40) / inner.height, 1);
    const spareX = (outer.width - left - inner.width * scale) / 2;
    const spareY = (outer.height - inner.height * scale) / 2;
    canvas.viewbox({ x: inner.x - (left + spareX) / scale, y: inner.y - spareY / scale, width: outer.width / scale, height: outer.height / scale });
  }

  /** The template's fields open when an element with a template is shown. */
  function openTemplateFields() {
    setTimeout(() => {
      document.querySelectorAll('#properties [data-group-id^="group-ElementTemplates__Custom"] .bio-properties-panel-group-header:not(.open)')
        .forEach((header) => header.click());
    }, 0);
  }

  /* ---------- drafts ---------- */

  let saveTimer = null;
  let checkTimer = null;

  function changed() {
    if (state.restoring) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveDraft, 600);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 700);
    $('publish').disabled = true;
    $('publish-reason').textContent = t('publish.checking');
    $('publish-reason').className = 'reason muted';
    $('problems-panel').dataset.state = 'pending';
  }

  async function saveDraft() {
    const xml = await bpmn();
    if (xml === state.baseline && JSON.stringify(state.forms) === state.baselineForms) {
      localStorage.removeItem(DRAFT);
      $('save-state').textContent = '';
      return;
    }
    const draft = { bpmn: xml, forms: state.forms, savedAt: new Date().toISOString(), baseVersion: state.source.version };
    try {
      localStorage.setItem(DRAFT, JSON.stringify(draft));
      $('save-state').textContent = t('draft.saved', instant(draft.savedAt));
    } catch (full) {
      $('save-state').textContent = t('draft.notSaved');
    }
  }

  function offerDraft() {
    const raw = localStorage.getItem(DRAFT);
    if (!raw) return;
    let draft;
    try { draft = JSON.parse(raw); } catch (e) { localStorage.removeItem(DRAFT); return; }
    if (draft.bpmn === state.baseline && JSON.stringify(draft.forms) === state.baselineForms) {
      localStorage.removeItem(DRAFT);
      return;
    }
    $('draft-at').textContent = instant(draft.savedAt);
    $('draft-base').textContent = draft.baseVersion ? t('draft.base', draft.baseVersion) : t('draft.baseNew');
    $('draft-banner').hidden = false;
    $('draft-restore').onclick = async () => {
      state.restoring = true;
      try {
        state.forms = Object.assign({}, draft.forms || {});
        forms.forms = state.forms;
        await importModel(draft.bpmn);
      } finally {
        state.restoring = false;
      }
      $('draft-banner').hidden = true;
      forms.render();
      changed();
    };
    $('draft-discard').onclick = () => {
      localStorage.removeItem(DRAFT);
      $('draft-banner').hidden = true;
    };
  }

  /* ---------- checks and publishing ---------- */

  async function check() {
    await problems.run(await bpmn(), forms.referenced());
  }

  function problemsChanged(p) {
    const count = $('problem-count');
    const errors = p.errors().length;
    const warnings = p.problems.length - errors;
    const publish = $('publish');
    const reason = $('publish-reason');
    const panel = $('problems-panel');
    panel.dataset.state = p.state;
    if (p.state === 'checked') panel.dataset.checks = String(Number(panel.dataset.checks || 0) + 1);
    if (p.state === 'checking') {
      publish.disabled = true;
      reason.textContent = t('publish.checking');
      return;
    }
    if (p.state === 'failed') {
      publish.disabled = true;
      reason.textContent = t('publish.checkFailed', p.failure);
      $('problems-state').textContent = p.failure;
      return;
    }
    count.textContent = t('problems.count', errors, warnings);
    $('problems-state').textContent = p.problems.length ? '' : t('problems.none');
    publish.disabled = errors > 0;
    publish.dataset.errors = errors;
    reason.textContent = errors > 0 ? t('publish.blocked', errors) : t('publish.ready');
    reason.className = errors > 0 ? 'reason error' : 'reason ok';
  }

  function openPublish() {
    const dialog = $('publish-dialog');
    $('publish-error').hidden = true;
    $('publish-done').hidden = true;
    $('publish-form').hidden = false;
    $('change-note').value = '';
    dialog.showModal();
    $('change-note').focus();
  }

  async function publish(event) {
    event.preventDefault();
    const note = $('change-note').value.trim();
    const error = $('publish-error');
    error.hidden = true;
    if (!note) { error.textContent = t('publish.noNote'); error.hidden = false; return; }
    $('publish-confirm').disabled = true;
    try {
      const xml = await bpmn();
      const result = await api('POST', '/api/studio/publish', { bpmn: xml, forms: forms.referenced(), changeNote: note });
      state.baseline = xml;
      state.baselineForms = JSON.stringify(state.forms);
      state.source.version = result.version;
      localStorage.removeItem(DRAFT);
      sessionStorage.removeItem('motcua.studio.template.' + key);
      window.history.replaceState(null, '', '/studio/procedures/' + encodeURIComponent(key));
      $('save-state').textContent = '';
      status('');
      $('version-badge').textContent = t('editor.version', result.version);
      const base = '/studio/procedures/' + encodeURIComponent(key);
      const from = result.diff && result.diff.from;
      const to = (result.diff && result.diff.to) || result.version;
      $('published-version').textContent = t('publish.done', result.version);
      $('published-version').dataset.version = result.version;
      const diff = $('published-diff');
      diff.href = base + '/diff?' + new URLSearchParams(from ? { from, to } : { to });
      diff.hidden = !from;
      const migrate = $('published-migrate');
      migrate.href = base + '/migrate?' + new URLSearchParams(from ? { from, to } : { to });
      migrate.hidden = !from;
      $('publish-form').hidden = true;
      $('publish-done').hidden = false;
    } catch (problem) {
      error.textContent = describe(problem);
      error.hidden = false;
      if (problem && Array.isArray(problem.problems)) problems.show(problem.problems);
    } finally {
      $('publish-confirm').disabled = false;
    }
  }

  /* ---------- tabs ---------- */

  function showTab(name) {
    ['diagram', 'forms', 'preview'].forEach((tab) => {
      $('tab-' + tab).setAttribute('aria-selected', String(tab === name));
      $('panel-' + tab).hidden = tab !== name;
    });
    if (name === 'diagram') { modeler.get('canvas').resized(); fit(); }
    if (name === 'forms') forms.render();
    if (name === 'preview') preview.agencies();
  }

  /* ---------- start ---------- */

  async function start() {
    status(t('editor.loading'));
    let source;
    try {
      [source, state.templates] = await Promise.all([loadSource(), loadTemplates()]);
    } catch (problem) {
      status(describe(problem), 'error');
      $('editor-body').hidden = true;
      return;
    }
    state.source = source;
    state.forms = Object.assign({}, source.forms || {});
    $('version-badge').textContent = source.version ? t('editor.version', source.version) : t('editor.unsaved');

    modeler = new window.BpmnModeler({
      container: '#canvas',
      propertiesPanel: { parent: '#properties' },
      elementTemplates: state.templates
    });
    forms = new window.StudioForms($('panel-forms'), modeler, state.forms, changed);
    problems = new window.StudioProblems(modeler, $('problems'), $('problem-count'));
    problems.onChange(problemsChanged);
    preview = new window.StudioPreview($('panel-preview'), bpmn);

    const eventBus = modeler.get('eventBus');
    const usable = new Set(modeler.get('elementTemplates').getAll().map((tpl) => tpl.id));
    const refused = state.templates.filter((tpl) => !usable.has(tpl.id)).map((tpl) => tpl.name || tpl.id);
    if (refused.length) status(t('editor.badTemplates', refused.join(', ')), 'error');
    ['commandStack.shape.create.postExecuted', 'commandStack.shape.replace.postExecuted'].forEach((event) => {
      eventBus.on(event, (e) => {
        const shape = e.context.newShape || e.context.shape;
        if (shape && !state.restoring && templateFor(shape)) linkOrApply(shape);
      });
    });

    try {
      await importModel(source.bpmn);
    } catch (failure) {
      status(t('editor.importFailed', failure.message), 'error');
      return;
    }
    state.baseline = await bpmn();
    state.baselineForms = JSON.stringify(state.forms);
    eventBus.on('commandStack.changed', changed);
    eventBus.on('propertiesPanel.updated', openTemplateFields);
    openTemplateFields();
    status(source.isNew ? t('editor.newHint') : '');
    $('studio-editor').dataset.ready = 'true';
    offerDraft();
    check();

    $('tab-diagram').addEventListener('click', () => showTab('diagram'));
    $('tab-forms').addEventListener('click', () => showTab('forms'));
    $('tab-preview').addEventListener('click', () => showTab('preview'));
    $('publish').addEventListener('click', openPublish);
    $('publish-form').addEventListener('submit', publish);
    $('publish-cancel').addEventListener('click', () => $('publish-dialog').close());
    $('publish-close').addEventListener('click', () => $('publish-dialog').close());
  }

  window.StudioEditor = { bpmn: () => bpmn(), modeler: () => modeler, forms: () => state.forms };
  start();
})();
