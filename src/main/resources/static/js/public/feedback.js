// The feedback form: shows only the fields of what the feedback is about (all show without script).
(function () {
  var form = document.getElementById('feedback-form');
  if (!form) return;
  function update() {
    var chosen = form.querySelector('input[name=about]:checked');
    var about = chosen ? chosen.value : '';
    form.querySelectorAll('fieldset.subject').forEach(function (set) {
      set.hidden = set.getAttribute('data-about').split(' ').indexOf(about) < 0;
    });
  }
  form.querySelectorAll('input[name=about]').forEach(function (radio) {
    radio.addEventListener('change', update);
  });
  update();
})();
