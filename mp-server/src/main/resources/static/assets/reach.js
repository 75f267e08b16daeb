// Print buttons of the channel card and the yearly report: <button data-print>. No inline scripts (CSP).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
});
