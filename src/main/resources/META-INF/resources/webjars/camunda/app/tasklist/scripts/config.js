/*
 * Một Cửa: Vietnamese by default, English for a user who chose it (scripts/motcua-locale.js);
 * dates as DD/MM/YYYY HH:mm in local time; scripts/motcua-tasklist.js shows due dates as dates
 * ("Quá hạn" once past) and hides what an official may not do. Replaces the file of the same name
 * in Camunda's webjar.
 */
import {dateFormat, locales} from './motcua-locale.js';

export default {
  locales,
  dateFormat,
  customScripts: ['scripts/motcua-tasklist'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
