// Small progressive enhancements for the CMS; pages work without it. No inline scripts (CSP).
document.addEventListener('DOMContentLoaded', function () {
  // Byte counters for fields WeChat limits in bytes (menu names): <input data-max-bytes="16">.
  document.querySelectorAll('input[data-max-bytes]').forEach(function (input) {
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var counter = document.createElement('small');
    input.insertAdjacentElement('afterend', counter);
    var update = function () {
      var bytes = new TextEncoder().encode(input.value).length;
      counter.textContent = bytes + ' / ' + max;
      counter.className = bytes > max ? 'error' : 'muted';
    };
    input.addEventListener('input', update);
    update();
  });
  // Ask before destructive actions: <form data-confirm="...">.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
});
