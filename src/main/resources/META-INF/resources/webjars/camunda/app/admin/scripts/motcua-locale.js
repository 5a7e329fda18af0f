/*
 * Một Cửa: the language of Camunda's webapps. Vietnamese unless the user chose English, whatever
 * the browser's language: the choice is the cookie `motcua-lang` that our own pages set (`?lang=en`
 * on any page, or on a webapp's address: `/camunda/app/tasklist/default/?lang=en#/`).
 *
 * The webapps take the browser's first language when it is among `availableLocales`, else
 * `fallbackLocale`; so `availableLocales` holds only the chosen language (both files are shipped).
 */
const COOKIE = 'motcua-lang';

function chosen() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en' || asked === 'vi') {
    document.cookie = COOKIE + '=' + asked + '; path=/; max-age=31536000; samesite=lax';
    return asked;
  }
  const cookie = document.cookie
    .split(';')
    .map(part => part.trim())
    .find(part => part.startsWith(COOKIE + '='));
  const value = cookie ? decodeURIComponent(cookie.substring(COOKIE.length + 1)) : '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export const language = chosen();

export const locales = {availableLocales: [language], fallbackLocale: language};

/** Dates the Vietnamese way, in the browser's time zone: 05/12/2026 09:00. */
export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd, DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY'
};
