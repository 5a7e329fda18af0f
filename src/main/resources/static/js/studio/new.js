/*
 * A new procedure (/studio/new): a key (the BPMN process id) and a name; the template comes from
 * GET /api/studio/template (409 when the key exists) and opens in the editor, not yet saved.
 */
(function () {
  'use strict';

  const { t, api, describe } = window.Studio;
  const $ = (id) => document.getElementById(id);
  const KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

  $('new-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = $('new-key').value.trim();
    const name = $('new-name').value.trim();
    const error = $('new-error');
    error.hidden = true;
    if (!KEY.test(key)) { error.textContent = t('new.badKey'); error.hidden = false; return; }
    if (!name) { error.textContent = t('new.noName'); error.hidden = false; return; }
    $('new-create').disabled = true;
    try {
      const template = await api('GET', '/api/studio/template?' + new URLSearchParams({ key, name }));
      sessionStorage.setItem('motcua.studio.template.' + key, JSON.stringify({ name, bpmn: template.bpmn, forms: template.forms || {} }));
      window.location.assign('/studio/procedures/' + encodeURIComponent(key) + '?new');
    } catch (problem) {
      error.textContent = describe(problem);
      error.hidden = false;
      $('new-create').disabled = false;
    }
  });
})();
