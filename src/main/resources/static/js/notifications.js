// The notifications page: "mark read" and "mark all read" call the API with the session's CSRF
// token (from the page's meta tags) and update the page and the bell without reloading; without
// scripts the same forms post to the page's own endpoints.
(function () {
  'use strict';
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');

  function post(url) {
    const headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin' });
  }

  function setBell(delta, absolute) {
    const count = document.getElementById('bell-count');
    if (!count) {
      return;
    }
    const value = absolute !== undefined ? absolute : Math.max(0, parseInt(count.textContent, 10) + delta);
    count.textContent = String(value);
    count.classList.toggle('none', value === 0);
  }

  function markRead(item) {
    item.classList.remove('unread');
    item.classList.add('read');
    const mark = item.querySelector('.unread-mark');
    if (mark) {
      mark.remove();
    }
    const form = item.querySelector('form.mark-read');
    if (form) {
      form.remove();
    }
  }

  document.querySelectorAll('form.mark-read').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      post(form.dataset.api).then(function (response) {
        if (response.ok) {
          markRead(form.closest('li'));
          setBell(-1);
        } else {
          form.submit();
        }
      });
    });
  });

  const all = document.getElementById('read-all');
  if (all) {
    all.addEventListener('submit', function (event) {
      event.preventDefault();
      post(all.dataset.api).then(function (response) {
        if (response.ok) {
          document.querySelectorAll('#notifications li.unread').forEach(markRead);
          setBell(0, 0);
          all.remove();
        } else {
          all.submit();
        }
      });
    });
  }
})();
