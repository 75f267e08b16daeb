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
// Rich-text editing of an article body: a contenteditable area kept in sync with the form's textarea (the server
// sanitises whatever arrives), and a live "as it will be published" view refreshed as the mediator types.
document.addEventListener('DOMContentLoaded', function () {
  var textarea = document.getElementById('article-body');
  var editor = document.getElementById('rich-editor');
  var toolbar = document.getElementById('editor-toolbar');
  var view = document.getElementById('published-view');
  if (!textarea || !editor || !view) { return; }
  editor.innerHTML = textarea.value;
  editor.hidden = false; toolbar.hidden = false; textarea.hidden = true;
  toolbar.querySelectorAll('button').forEach(function (button) {
    button.addEventListener('click', function () {
      document.execCommand(button.getAttribute('data-command'), false, button.getAttribute('data-value'));
      editor.focus(); sync();
    });
  });
  var timer = null;
  function refresh() {
    var body = new URLSearchParams();
    body.set('body', textarea.value);
    body.set('language', document.getElementById('article-language').value);
    body.set(view.getAttribute('data-csrf-name'), view.getAttribute('data-csrf'));
    fetch(view.getAttribute('data-preview-url'), { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { view.innerHTML = html; } });
  }
  function sync() {
    textarea.value = editor.innerHTML;
    clearTimeout(timer); timer = setTimeout(refresh, 400);
  }
  editor.addEventListener('input', sync);
  document.getElementById('article-language').addEventListener('change', sync);
  document.getElementById('article-form').addEventListener('submit', function () { textarea.value = editor.innerHTML; });
});
// The menu folds behind a button on phones; reply templates fill the reply box (the text stays editable).
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.getElementById('menu-toggle');
  var menu = document.getElementById('main-menu');
  if (toggle && menu) {
    toggle.addEventListener('click', function () {
      var open = menu.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
  document.querySelectorAll('select[data-fill]').forEach(function (select) {
    select.addEventListener('change', function () {
      var target = document.getElementById(select.getAttribute('data-fill'));
      if (target && select.value) {
        target.value = target.value ? target.value + '\n' + select.value : select.value;
        target.focus();
      }
      select.value = '';
    });
  });
});
