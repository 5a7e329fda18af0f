/*
 * Một Cửa additions to Camunda Tasklist (loaded through `customScripts` in config.js; an ES module
 * imported by Tasklist's own nonce-trusted code, so the webapps' Content-Security-Policy allows it).
 *
 * 1. Roles: marks <body> with `motcua-admin` (group camunda-admin) or `motcua-official`, and
 *    `motcua-reception` for reception officers; styles/user-styles.css then hides the controls the
 *    engine API refuses an official (unclaim, reassign, groups, dates, comments, create task, and
 *    start process except for reception). Hidden until the roles are known.
 * 2. Due dates: Tasklist writes "Due in a day" relative to the browser clock; each task row and the
 *    open task show the due date itself, DD/MM/YYYY HH:mm in local time, and "Quá hạn" once past.
 */
const WORDS = {
  vi: {due: 'Hạn xử lý', overdue: 'Quá hạn'},
  en: {due: 'Due', overdue: 'Overdue'}
};

const root = document.querySelector('base').getAttribute('app-root');

async function json(path) {
  const response = await fetch(root + path, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    throw new Error(path + ': ' + response.status);
  }
  return response.json();
}

async function markRoles() {
  const me = await json('/api/admin/auth/user/default');
  const info = await json(
    '/api/engine/engine/default/identity/groups?userId=' + encodeURIComponent(me.userId)
  );
  const ids = (info.groups || []).map(group => group.id);
  const body = document.body.classList;
  body.add(ids.includes('camunda-admin') ? 'motcua-admin' : 'motcua-official');
  if (ids.some(id => id.endsWith(':reception'))) {
    body.add('motcua-reception');
  }
}

function two(number) {
  return String(number).padStart(2, '0');
}

function format(date) {
  return (
    two(date.getDate()) + '/' + two(date.getMonth() + 1) + '/' + date.getFullYear() + ' ' +
    two(date.getHours()) + ':' + two(date.getMinutes())
  );
}

function words() {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  const language = injector ? injector.get('$translate').use() : 'vi';
  return WORDS[language] || WORDS.vi;
}

/** The due date of the task an element shows, from its AngularJS scope. */
function dueOf(element) {
  const scope = window.angular && window.angular.element(element).scope();
  return scope && scope.task && scope.task.due ? new Date(scope.task.due) : null;
}

/** Puts our due-date text in `host` (after `anchor`), or removes it when there is no due date. */
function show(host, anchor, due) {
  let mine = host.querySelector(':scope > .motcua-due');
  if (!due || isNaN(due.getTime())) {
    if (mine) {
      mine.remove();
    }
    return;
  }
  const overdue = due.getTime() < Date.now();
  const label = overdue ? words().overdue : words().due;
  const text = label + ': ' + format(due);
  if (!mine) {
    mine = document.createElement('span');
    mine.className = 'motcua-due';
    host.insertBefore(mine, anchor ? anchor.nextSibling : host.firstChild);
  }
  if (mine.textContent !== text) {
    mine.textContent = text;
  }
  mine.classList.toggle('overdue', overdue);
}

function showDueDates() {
  document.querySelectorAll('li.task .dates').forEach(dates => {
    const original = dates.querySelector(':scope > .due-date');
    show(dates, null, original ? dueOf(original) : null);
  });
  document.querySelectorAll('[cam-tasklist-task-meta] .due-date').forEach(field => {
    const relative = field.querySelector('[am-time-ago]');
    if (relative) {
      show(relative.parentNode, relative, dueOf(relative));
    } else {
      field.querySelectorAll('.motcua-due').forEach(mine => mine.remove());
    }
  });
}

let scheduled = false;
function schedule() {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      showDueDates();
    });
  }
}

function start() {
  markRoles().catch(error => console.error('Một Cửa roles', error));
  new MutationObserver(schedule).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true
  });
  window.setInterval(schedule, 60000);
  schedule();
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}

export default [];
