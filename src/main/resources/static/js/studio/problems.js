/*
 * The editor's problems panel: the server's checks (POST /api/studio/check: every check of the
 * deployment validation plus the studio's legal checks) and bpmnlint's recommended rules (the
 * bundled StudioLint), run together a moment after each change. Each problem is listed beside the
 * diagram, marked on its element, and selects the element when clicked. Errors block publishing.
 */
(function () {
  'use strict';

  const { t, el, api, describe } = window.Studio;

  function StudioProblems(modeler, list, summary) {
    this.modeler = modeler;
    this.list = list;
    this.summary = summary;
    this.problems = [];
    this.marked = [];
    this.sequence = 0;
    this.state = 'idle'; // idle | checking | checked | failed
    this.failure = null;
    this.listeners = [];
  }

  StudioProblems.prototype.onChange = function (listener) {
    this.listeners.push(listener);
  };

  StudioProblems.prototype.errors = function () {
    return this.problems.filter((p) => p.severity === 'error');
  };

  /** Checks {bpmn, forms} on the server and the current diagram with bpmnlint. */
  StudioProblems.prototype.run = async function (bpmn, forms) {
    const run = ++this.sequence;
    this.state = 'checking';
    this.notify();
    let server;
    let lint;
    try {
      [server, lint] = await Promise.all([
        api('POST', '/api/studio/check', { bpmn, forms }),
        this.lint()
      ]);
    } catch (problem) {
      if (run !== this.sequence) return;
      this.state = 'failed';
      this.failure = describe(problem);
      this.notify();
      return;
    }
    if (run !== this.sequence) return; // a newer check is under way
    const found = (server.problems || []).map((p) => ({
      elementId: p.elementId || null,
      severity: p.severity === 'error' ? 'error' : 'warning',
      rule: p.rule,
      message: p.message,
      source: 'server'
    })).concat(lint);
    found.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    this.problems = found;
    this.state = 'checked';
    this.failure = null;
    this.render();
    this.notify();
  };

  /** Shows problems the server gave another way (a refused publish). */
  StudioProblems.prototype.show = function (problems) {
    this.problems = problems.map((p) => Object.assign({ source: 'server' }, p,
      { severity: p.severity === 'error' ? 'error' : 'warning' }));
    this.state = 'checked';
    this.render();
    this.notify();
  };

  StudioProblems.prototype.lint = async function () {
    if (!window.StudioLint) return [];
    const reports = await window.StudioLint.lint(this.modeler.getDefinitions());
    return reports.map((r) => ({
      elementId: r.id,
      severity: r.category === 'error' ? 'error' : 'warning',
      rule: 'bpmnlint/' + r.rule,
      message: t('lint.' + r.rule) !== 'lint.' + r.rule ? t('lint.' + r.rule) : r.message,
      source: 'bpmnlint'
    }));
  };

  StudioProblems.prototype.notify = function () {
    this.listeners.forEach((listener) => listener(this));
  };

  StudioProblems.prototype.elementName = function (id) {
    if (!id) return t('problems.model');
    const element = this.modeler.get('elementRegistry').get(id);
    const name = element && element.businessObject && element.businessObject.name;
    return name ? name + ' (' + id + ')' : id;
  };

  StudioProblems.prototype.select = function (id) {
    const registry = this.modeler.get('elementRegistry');
    const selection = this.modeler.get('selection');
    const canvas = this.modeler.get('canvas');
    const element = id && registry.get(id);
    if (!element || element === canvas.getRootElement()) {
      selection.select(null);
      return;
    }
    selection.select(element);
    if (element.waypoints || element.width) {
      try { canvas.scrollToElement(element, { top: 80, bottom: 80, left: 120, right: 120 }); } catch (e) { /* off canvas */ }
    }
  };

  StudioProblems.prototype.render = function () {
    const canvas = this.modeler.get('canvas');
    const registry = this.modeler.get('elementRegistry');
    this.marked.forEach(([id, marker]) => { if (registry.get(id)) canvas.removeMarker(id, marker); });
    this.marked = [];
    const root = canvas.getRootElement();
    this.problems.forEach((p) => {
      // a problem of the whole process may concern other elements (the legal-time path: the steps
      // of the longest path), marked along with it
      if (Array.isArray(p.related) && p.related.length) {
        p.related.filter((id) => registry.get(id)).forEach((id) => {
          canvas.addMarker(id, 'studio-problem-path');
          this.marked.push([id, 'studio-problem-path']);
        });
      }
      const element = p.elementId && registry.get(p.elementId);
      if (element && element !== root) {
        const marker = 'studio-problem-' + p.severity;
        canvas.addMarker(element, marker);
        this.marked.push([p.elementId, marker]);
      }
    });
    const items = this.problems.map((p) => el('li', {
      class: 'problem ' + p.severity,
      tabindex: '0',
      role: 'button',
      'data-element': p.elementId || '',
      'data-rule': p.rule || '',
      'data-source': p.source,
      onclick: () => this.select(p.elementId),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.select(p.elementId); } }
    },
    el('span', { class: 'severity', text: t('problems.' + p.severity) }),
    el('strong', { class: 'element', text: this.elementName(p.elementId) }),
    el('span', { class: 'message', text: p.message }),
    el('small', { class: 'rule', text: p.rule })));
    this.list.replaceChildren(...items);
  };

  window.StudioProblems = StudioProblems;
})();
