// The rating page: posts the answers to the public rating API with the page's token, then thanks.
(function () {
  'use strict';
  const form = document.getElementById('rating-form');
  if (!form) {
    return;
  }
  const main = document.getElementById('rating');
  const code = main.dataset.code;
  const error = document.getElementById('rating-error');
  const missing = document.getElementById('rating-missing');
  const button = document.getElementById('rating-submit');

  form.addEventListener('change', () => {
    missing.hidden = true;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const answers = {};
    let complete = true;
    form.querySelectorAll('fieldset.question').forEach((fieldset) => {
      const checked = fieldset.querySelector('input:checked');
      if (checked) {
        answers[fieldset.dataset.question] = checked.value;
      } else {
        complete = false;
      }
    });
    missing.hidden = complete;
    if (!complete) {
      return;
    }
    const comment = document.getElementById('comment').value.trim();
    const headers = {
      'Content-Type': 'application/json',
      'Accept': 'application/json',
      'Accept-Language': form.dataset.lang || 'vi'
    };
    const csrf = document.querySelector('meta[name="_csrf"]');
    const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    if (csrf && csrfHeader) {
      headers[csrfHeader.content] = csrf.content;
    }
    button.disabled = true;
    try {
      const response = await fetch('/api/public/ratings/' + encodeURIComponent(code), {
        method: 'POST',
        headers: headers,
        credentials: 'same-origin',
        body: JSON.stringify({ token: form.dataset.token, answers: answers, comment: comment || null })
      });
      if (response.ok) {
        form.hidden = true;
        document.getElementById('thanks').hidden = false;
        return;
      }
      const problem = await response.json().catch(() => ({}));
      error.textContent = problem.detail || problem.title || response.statusText;
      error.hidden = false;
    } catch (failure) {
      error.textContent = String(failure);
      error.hidden = false;
    }
    button.disabled = false;
  });
})();
