/*
 * The editor's forms tab: the forms the diagram references (camunda:formRef on start events and
 * user tasks), each opened in the form-js editor (the schema line Tasklist 7.24 renders,
 * schemaVersion 16). A reference without a form can be given a new, empty one.
 */
(function () {
  'use strict';

  const { t, el } = window.Studio;

  function StudioForms(root, modeler, forms, changed) {
    this.root = root;
    this.modeler = modeler;
    this.forms = forms; // formId → schema, shared with the editor
    this.changed = changed;
    this.editor = null;
    this.current = null;
  }

  /** formId → [element names] of every camunda:formRef of the diagram, in diagram order. */
  StudioForms.prototype.references = function () {
    const refs = new Map();
    this.modeler.get('elementRegistry').forEach((element) => {
      const bo = element.businessObject;
      const ref = bo && bo.get && bo.$instanceOf('bpmn:FlowNode') ? bo.get('camunda:formRef') : null;
      if (ref) {
        if (!refs.has(ref)) refs.set(ref, []);
        refs.get(ref).push(bo.name || bo.id);
      }
    });
    return refs;
  };

  /** The forms the diagram references (what is checked and published: nothing stale). */
  StudioForms.prototype.referenced = function () {
    const used = {};
    this.references().forEach((_, id) => { if (this.forms[id]) used[id] = this.forms[id]; });
    return used;
  };

  StudioForms.prototype.render = function () {
    const list = this.root.querySelector('#form-list');
    const items = [];
    this.references().forEach((users, id) => {
      const exists = !!this.forms[id];
      items.push(el('li', { 'data-form': id, class: (exists ? 'present' : 'missing') + (this.current === id ? ' current' : '') },
        el('button', { type: 'button', class: 'form-open link', onclick: () => this.open(id), text: id }),
        el('small', { text: users.join(', ') }),
        exists ? null : el('span', { class: 'missing-note', text: t('forms.missing') })));
    });
    list.replaceChildren(...(items.length ? items : [el('li', { class: 'muted', text: t('forms.none') })]));
  };

  StudioForms.prototype.open = async function (id) {
    if (!this.forms[id]) {
      this.forms[id] = { type: 'default', id, components: [], schemaVersion: 16, exporter: { name: 'Một Cửa studio', version: '1' } };
      this.changed();
    }
    this.current = id;
    this.render();
    const container = this.root.querySelector('#form-editor');
    this.root.querySelector('#form-title').textContent = t('forms.editing', id);
    if (this.editor) { this.editor.destroy(); this.editor = null; }
    container.replaceChildren();
    this.editor = new window.FormEditor.FormEditor({ container });
    await this.editor.importSchema(this.forms[id]);
    container.dataset.form = id;
    this.editor.on('changed', () => {
      this.forms[id] = this.editor.saveSchema();
      this.changed();
    });
  };

  window.StudioForms = StudioForms;
})();
