// The desk's queue of online submissions awaiting acceptance: one table per agency, oldest first,
// the acceptance deadline (8 working hours) and a flag once it has passed; each row links to the
// dossier page, where the officer accepts or returns it.
(function () {
  const section = document.getElementById('online-queue');
  if (!section) {
    return;
  }
  const config = window.motcuaReception || {};
  const time = new Intl.DateTimeFormat(config.language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: config.zone || 'Asia/Ho_Chi_Minh',
    hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric'
  });
  const cell = (row, text) => {
    const td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  };
  section.querySelectorAll('[data-agency]').forEach(async (box) => {
    const body = box.querySelector('tbody');
    const response = await fetch('/api/reception/online?agency=' + encodeURIComponent(box.dataset.agency),
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      box.hidden = true;
      return;
    }
    const rows = await response.json();
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      cell(tr, section.dataset.empty).colSpan = 5;
      body.appendChild(tr);
      return;
    }
    rows.forEach((w) => {
      const tr = document.createElement('tr');
      tr.dataset.code = w.code;
      const link = document.createElement('a');
      link.href = w.link;
      link.textContent = w.code;
      link.title = section.dataset.open;
      cell(tr, '').appendChild(link);
      cell(tr, w.procedureName);
      cell(tr, w.applicant);
      cell(tr, time.format(new Date(w.submittedAt)));
      const due = cell(tr, time.format(new Date(w.acceptanceDueAt)));
      if (w.overdue) {
        tr.classList.add('overdue');
        const flag = document.createElement('strong');
        flag.className = 'flag overdue';
        flag.textContent = ' ' + section.dataset.overdue;
        due.appendChild(flag);
      }
      body.appendChild(tr);
    });
  });
})();
