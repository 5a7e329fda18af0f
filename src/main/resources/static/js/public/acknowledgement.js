/* The acknowledgement of an online submission: the print button. */
(function () {
  'use strict';
  const button = document.getElementById('print');
  if (button) button.addEventListener('click', () => window.print());
})();
