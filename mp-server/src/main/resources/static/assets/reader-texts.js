// Reader-facing texts (automatic replies, keyword answers): a byte counter against WeChat's 2048-byte limit for a
// passive reply, and the text as readers will get it, rewritten with the lexicon, refreshed as staff type.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('textarea[data-rewrite]').forEach(function (area) {
    var view = document.getElementById(area.getAttribute('data-rewrite'));
    if (!view) { return; }
    var timer = null;
    function refresh() {
      var body = new URLSearchParams();
      body.set('text', area.value);
      body.set(view.getAttribute('data-csrf-name'), view.getAttribute('data-csrf'));
      fetch(view.getAttribute('data-preview-url'), { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null) { view.innerHTML = html; } });
    }
    area.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(refresh, 300); });
  });
});
