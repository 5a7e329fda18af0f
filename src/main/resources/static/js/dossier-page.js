// The dossier page's actions: each form posts JSON with fetch() to /api/dossiers/{code}/<path>,
// with the session's CSRF header; a refusal shows the problem's words, a success reloads the page.
(function () {
  'use strict';

  var section = document.getElementById('actions');
  if (!section) {
    return;
  }
  var code = section.dataset.code;
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var DATE_TIME = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})\s*$/;

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  // dd/MM/yyyy HH:mm in the agency's zone (offset given by the server) as an ISO instant
  function instant(text) {
    var m = DATE_TIME.exec(text);
    if (!m) {
      return null;
    }
    var day = +m[1], month = +m[2], year = +m[3], hour = +m[4], minute = +m[5];
    var check = new Date(Date.UTC(year, month - 1, day, hour, minute));
    if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23) {
      return null;
    }
    return year + '-' + pad(month) + '-' + pad(day) + 'T' + pad(hour) + ':' + pad(minute)
      + ':00' + section.dataset.offset;
  }

  function body(form) {
    var json = {};
    var bad = null;
    form.querySelectorAll('input[name], textarea[name], select[name]').forEach(function (field) {
      var value = field.value.trim();
      if (field.dataset.kind === 'lines') {
        json[field.name] = value.split('\n').map(function (l) { return l.trim(); })
          .filter(function (l) { return l.length > 0; });
      } else if (field.dataset.kind === 'datetime') {
        json[field.name] = instant(value);
        if (json[field.name] === null) {
          bad = field;
        }
      } else {
        json[field.name] = value === '' ? null : value;
      }
    });
    return { json: json, bad: bad };
  }

  function show(form, lines) {
    var out = form.querySelector('.problem');
    out.textContent = '';
    lines.forEach(function (line, i) {
      if (i > 0) {
        out.appendChild(document.createElement('br'));
      }
      out.appendChild(document.createTextNode(line));
    });
    out.hidden = false;
  }

  function problemLines(problem) {
    var lines = [];
    if (problem.title) {
      lines.push(problem.title);
    }
    if (problem.detail && problem.detail !== problem.title) {
      lines.push(problem.detail);
    }
    (problem.errors || []).forEach(function (e) {
      lines.push((e.field ? e.field + ': ' : '') + (e.reason || e.message || ''));
    });
    return lines.length ? lines : [section.dataset.failed];
  }

  function submit(event) {
    event.preventDefault();
    var form = event.target;
    var button = form.querySelector('button[type="submit"]');
    var built = body(form);
    if (built.bad) {
      show(form, [section.dataset.badDate]);
      built.bad.focus();
      return;
    }
    var headers = { 'Accept': 'application/json, application/problem+json',
      'Accept-Language': document.documentElement.lang || 'vi' };
    if (csrfToken && csrfHeader) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    var init = { method: 'POST', headers: headers, credentials: 'same-origin' };
    if (form.dataset.empty !== 'true') {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(built.json);
    }
    button.disabled = true;
    fetch('/api/dossiers/' + encodeURIComponent(code) + '/' + form.dataset.path, init)
      .then(function (response) {
        if (response.ok) {
          window.location.reload();
          return null;
        }
        return response.json().catch(function () { return {}; }).then(function (problem) {
          show(form, problemLines(problem));
          button.disabled = false;
        });
      })
      .catch(function () {
        show(form, [section.dataset.failed]);
        button.disabled = false;
      });
  }

  section.querySelectorAll('form.dossier-action').forEach(function (form) {
    form.addEventListener('submit', submit);
  });
}());
