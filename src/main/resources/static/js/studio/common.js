/*
 * What the studio's pages share: their texts (window.motcuaStudio.texts, in the user's language),
 * a small element builder, the JSON API with the session's CSRF token (problems come back as
 * RFC 9457 documents and are thrown as such) and instants shown in the calendar's time zone.
 */
(function () {
  'use strict';

  const config = window.motcuaStudio || {};
  const texts = config.texts || {};

  function t(key, ...args) {
    let text = texts[key] !== undefined ? texts[key] : key;
    args.forEach((arg, i) => { text = text.split('{' + i + '}').join(arg); });
    return text;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    });
    children.flat().forEach((child) => {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    });
    return node;
  }

  function headers(json) {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const h = { Accept: 'application/json, application/problem+json', 'Accept-Language': config.language || 'vi' };
    if (json) h['Content-Type'] = 'application/json';
    if (token && header) h[header.content] = token.content;
    return h;
  }

  async function problemOf(response) {
    try {
      const body = await response.json();
      body.status = body.status || response.status;
      return body;
    } catch (e) {
      return { status: response.status, title: t('failed'), detail: response.statusText || String(response.status) };
    }
  }

  async function api(method, url, body) {
    let response;
    try {
      response = await fetch(url, {
        method: method,
        headers: headers(body !== undefined),
        credentials: 'same-origin',
        body: body !== undefined ? JSON.stringify(body) : undefined
      });
    } catch (offline) {
      throw { status: 0, title: t('failed'), detail: t('offline') };
    }
    if (!response.ok) throw await problemOf(response);
    if (response.status === 204) return null;
    return response.json();
  }

  /** A problem document as one line: its title and detail. */
  function describe(problem) {
    if (!problem) return t('failed');
    if (problem instanceof Error) return problem.message;
    return [problem.title, problem.detail].filter(Boolean).join(': ') || t('failed');
  }

  const zone = config.zone || 'Asia/Ho_Chi_Minh';
  const locale = config.language === 'en' ? 'en-GB' : 'vi-VN';
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short'
  });

  /** An ISO instant as "13/03/2035 09:00 (Thứ 3)" in the calendar's zone; '–' for none. */
  function instant(value) {
    if (!value) return '–';
    const d = new Date(value);
    if (isNaN(d)) return String(value);
    const p = {};
    dateTime.formatToParts(d).forEach((part) => { p[part.type] = part.value; });
    return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute + ' (' + p.weekday + ')';
  }

  /** The local date-time (yyyy-MM-ddTHH:mm) of an instant in the calendar's zone, for an input. */
  function localInput(date) {
    const parts = {};
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(date).forEach((p) => { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + 'T' + parts.hour + ':' + parts.minute;
  }

  /** The zone's offset (+07:00) at a date. */
  function offset(date) {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(date).find((p) => p.type === 'timeZoneName').value;
    const m = /GMT([+-]\d{2}:\d{2})?/.exec(name);
    return m && m[1] ? m[1] : '+00:00';
  }

  window.Studio = { config, t, el, api, describe, instant, localInput, offset, zone };
})();
