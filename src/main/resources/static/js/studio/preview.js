/*
 * The editor's deadline preview: a reception instant (default now) and an agency (the organisation
 * tree, GET /api/agencies) → POST /api/studio/preview with the diagram being edited. Shows, on that
 * agency's working calendar, each step's start and due instant and its ladder's rungs, the apology
 * moment and the legal due date along the longest path; beside it the same for the version in use.
 */
(function () {
  'use strict';

  const { t, el, api, describe, instant, localInput, offset } = window.Studio;
  const RUNGS = ['SOON_DUE', 'OVERDUE', 'UNIT_HEAD', 'SUPERVISOR'];

  /** PT4H → "4 giờ", P2D → "2 ngày" (working time: the budgets are working durations). */
  function duration(value) {
    if (!value) return '–';
    const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value);
    if (!m) return value;
    const parts = [];
    if (m[1]) parts.push(t('preview.weeks', m[1]));
    if (m[2]) parts.push(t('preview.days', m[2]));
    if (m[3]) parts.push(t('preview.hours', m[3]));
    if (m[4]) parts.push(t('preview.minutes', m[4]));
    return parts.length ? parts.join(' ') : value;
  }

  function legalTime(time) {
    if (!time) return '–';
    if (time.workingDays !== undefined) {
      return Number(time.workingDays) === 0 ? t('preview.sameDay') : t('preview.workingDays', time.workingDays);
    }
    if (time.workingHours !== undefined) return t('preview.workingHours', time.workingHours);
    if (time.calendarDays !== undefined) return t('preview.calendarDays', time.calendarDays);
    return Object.entries(time).filter(([k]) => k !== 'variants').map(([k, v]) => k + ': ' + v).join(', ');
  }

  /** "13/03 09:00" with the full instant as its title: the steps' columns stay narrow. */
  function short(value) {
    const full = instant(value);
    const m = /^(\d{2}\/\d{2})\/\d{4} (\d{2}:\d{2})/.exec(full);
    return el('span', { title: full, text: m ? m[1] + ' ' + m[2] : full });
  }

  function side(id, title, result) {
    if (!result) {
      return el('section', { id, class: 'preview-side empty' },
        el('h3', { text: title }), el('p', { class: 'muted', text: t('preview.noPrevious') }));
    }
    const longest = new Set(result.longestPath || []);
    const names = {};
    (result.steps || []).forEach((s) => { names[s.id] = s.name || s.id; });
    return el('section', { id, class: 'preview-side' },
      el('h3', { text: title }),
      el('dl', { class: 'preview-facts' },
        el('dt', { text: t('preview.agency') }), el('dd', { class: 'agency', text: result.agencyName || result.agency }),
        el('dt', { text: t('preview.receivedAt') }), el('dd', { class: 'received', text: instant(result.receivedAt) }),
        el('dt', { text: t('preview.legalTime') }), el('dd', { class: 'legal-time', text: legalTime(result.legalTime) }),
        el('dt', { text: t('preview.legalDue') }), el('dd', { class: 'legal-due', 'data-instant': result.legalDue || '', text: instant(result.legalDue) }),
        el('dt', { text: t('preview.apologyAt') }), el('dd', { class: 'apology', 'data-instant': result.apologyAt || '', text: instant(result.apologyAt) }),
        el('dt', { text: t('preview.longestPath') }), el('dd', { class: 'longest', text: (result.longestPath || []).map((s) => names[s] || s).join(' → ') || '–' })),
      el('table', { class: 'preview-steps' },
        el('thead', {}, el('tr', {},
          el('th', { text: t('preview.step') }), el('th', { text: t('preview.role') }), el('th', { text: t('preview.budget') }),
          el('th', { text: t('preview.start') }), el('th', { text: t('preview.due') }),
          RUNGS.map((r) => el('th', { text: t('preview.rung.' + r) })))),
        el('tbody', {}, (result.steps || []).map((s) => el('tr', {
          'data-step': s.id, class: longest.has(s.id) ? 'longest' : 'off-path'
        },
        el('td', {}, el('strong', { text: s.name || s.id }), el('br'), el('small', { text: s.id })),
        el('td', { text: s.role ? t('role.' + s.role) : '–' }),
        el('td', { class: 'nowrap', text: duration(s.budget) }),
        el('td', { class: 'nowrap' }, short(s.start)),
        el('td', { class: 'nowrap due', 'data-instant': s.due || '' }, short(s.due)),
        RUNGS.map((r) => el('td', { class: 'nowrap rung', 'data-rung': r }, short(s.rungs && s.rungs[r]))))))));
  }

  function StudioPreview(root, diagram) {
    this.root = root;
    this.diagram = diagram; // () => Promise of the BPMN being edited
    this.loadedAgencies = false;
    root.querySelector('#preview-received').value = localInput(new Date());
    root.querySelector('#preview-form').addEventListener('submit', (e) => { e.preventDefault(); this.run(); });
  }

  StudioPreview.prototype.agencies = async function () {
    if (this.loadedAgencies) return;
    const select = this.root.querySelector('#preview-agency');
    try {
      const tree = await api('GET', '/api/agencies');
      const options = [];
      let firstLeaf = null;
      const walk = (nodes, depth) => nodes.forEach((n) => {
        options.push(el('option', { value: n.code, text: '\u00a0\u00a0'.repeat(depth) + n.name + ' (' + n.code + ')' }));
        if (!firstLeaf && !(n.children || []).length) firstLeaf = n.code;
        walk(n.children || [], depth + 1);
      });
      walk(tree, 0);
      select.replaceChildren(...options);
      // a commune (an agency without sub-agencies) first: most procedures are received there
      if (firstLeaf) select.value = firstLeaf;
      this.loadedAgencies = true;
    } catch (problem) {
      this.root.querySelector('#preview-error').textContent = describe(problem);
      this.root.querySelector('#preview-error').hidden = false;
    }
  };

  StudioPreview.prototype.run = async function () {
    const error = this.root.querySelector('#preview-error');
    const result = this.root.querySelector('#preview-result');
    error.hidden = true;
    const local = this.root.querySelector('#preview-received').value;
    const receivedAt = local ? local + ':00' + offset(new Date(local)) : undefined;
    const button = this.root.querySelector('#preview-run');
    button.disabled = true;
    try {
      const answer = await api('POST', '/api/studio/preview', {
        bpmn: await this.diagram(),
        agency: this.root.querySelector('#preview-agency').value,
        receivedAt
      });
      result.replaceChildren(
        side('preview-current', t('preview.current'), answer),
        side('preview-previous', t('preview.previous'), answer.previous));
      result.classList.toggle('no-previous', !answer.previous);
      result.dataset.legalDue = answer.legalDue || '';
      result.dataset.receivedAt = answer.receivedAt || '';
      result.hidden = false;
    } catch (problem) {
      error.textContent = describe(problem);
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  };

  window.StudioPreview = StudioPreview;
})();
