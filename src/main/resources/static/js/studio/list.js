/*
 * The studio's procedure list (/studio): every procedure (GET /api/studio/procedures) with its
 * versions, the running dossiers on each, the last change, and links to edit, compare and migrate.
 */
(function () {
  'use strict';

  const { t, el, api, describe, instant } = window.Studio;
  const $ = (id) => document.getElementById(id);

  function versionsCell(p) {
    const versions = p.versions || [];
    return el('ul', { class: 'versions' }, versions.map((v) => el('li', {
      'data-version': v.version,
      title: v.changeNote ? t('list.note', v.changeNote) : null
    },
    el('strong', { text: t('list.version', v.version) }), ' ',
    el('span', { class: 'running' + (v.runningDossiers ? ' some' : ''), 'data-running': v.runningDossiers || 0,
      text: t('list.running', v.runningDossiers || 0) }),
    el('small', { text: ' · ' + instant(v.deployedAt) }))));
  }

  function lastChangeCell(p) {
    const c = p.lastChange;
    if (!c) return el('span', { class: 'muted', text: '–' });
    return el('div', {},
      el('div', { text: instant(c.at) }),
      el('small', { text: [c.by, c.note].filter(Boolean).join(' · ') }));
  }

  function actionsCell(p) {
    const key = encodeURIComponent(p.key);
    const many = (p.versions || []).length > 1;
    return el('div', { class: 'row-actions' },
      el('a', { class: 'open', href: '/studio/procedures/' + key, text: t('list.open') }),
      many ? el('a', { class: 'diff', href: '/studio/procedures/' + key + '/diff', text: t('list.diff') }) : null,
      many ? el('a', { class: 'migrate', href: '/studio/procedures/' + key + '/migrate', text: t('list.migrate') }) : null);
  }

  async function load() {
    const status = $('list-status');
    try {
      const procedures = await api('GET', '/api/studio/procedures');
      const rows = procedures.map((p) => el('tr', { id: 'procedure-' + p.key, 'data-key': p.key },
        el('td', {}, el('a', { href: '/studio/procedures/' + encodeURIComponent(p.key), class: 'name', text: p.name || p.key }),
          el('div', {}, el('code', { text: p.key }))),
        el('td', { class: 'code', text: p.code || '–' }),
        el('td', { class: 'latest figure-cell', text: p.latestVersion }),
        el('td', {}, versionsCell(p)),
        el('td', {}, lastChangeCell(p)),
        el('td', {}, actionsCell(p))));
      $('procedures-body').replaceChildren(...rows);
      status.textContent = procedures.length ? t('list.count', procedures.length) : t('list.none');
      $('procedures').dataset.loaded = 'true';
    } catch (problem) {
      status.textContent = describe(problem);
      status.className = 'error';
    }
  }

  load();
})();
