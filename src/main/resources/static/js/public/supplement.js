// The online supplement page: sends the chosen scans to the API and shows the answer in place
// (the problem's detail when refused), so the applicant stays on the page.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('supplement-form');
  if (!form) {
    return;
  }
  const result = document.getElementById('result');
  const send = document.getElementById('send');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = true;
    result.className = '';
    result.textContent = '';
    try {
      const headers = {'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'vi'};
      // the page's session (if the frame started one) asks for its CSRF token on a POST
      const csrf = document.querySelector('meta[name="_csrf"]');
      const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
      if (csrf && csrfHeader) {
        headers[csrfHeader.content] = csrf.content;
      }
      const response = await fetch(form.action, {method: 'POST', body: new FormData(form), headers});
      if (response.ok) {
        result.className = 'ok';
        result.textContent = form.dataset.sent;
        form.querySelectorAll('input, textarea, button').forEach((e) => { e.disabled = true; });
        return;
      }
      let detail = form.dataset.failed;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch (ignored) {
        // not a problem document
      }
      result.className = 'error';
      result.textContent = detail;
    } catch (e) {
      result.className = 'error';
      result.textContent = form.dataset.failed;
    }
    send.disabled = false;
  });
});
