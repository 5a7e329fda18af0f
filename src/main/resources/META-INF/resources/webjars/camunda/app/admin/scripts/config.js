/*
 * Một Cửa: Vietnamese by default, English for a user who chose it (scripts/motcua-locale.js);
 * dates as DD/MM/YYYY HH:mm in local time. Replaces the file of the same name in Camunda's webjar.
 */
import {dateFormat, locales} from './motcua-locale.js';

export default {
  locales,
  dateFormat
};
