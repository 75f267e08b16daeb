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
  // Enter makes a <p>, not a <div> the sanitiser would strip (the server turns divs into paragraphs too).
  document.execCommand('defaultParagraphSeparator', false, 'p');
  toolbar.querySelectorAll('button').forEach(function (button) {
    button.addEventListener('click', function () {
      document.execCommand(button.getAttribute('data-command'), false, button.getAttribute('data-value'));
      editor.focus(); sync();
    });
  });
  var timer = null;
  function refresh() {
    // A body over the limit is not sent: the preview would be refused and say nothing; the counter says why.
    if (textarea.getAttribute('data-over') === 'true') {
      var warning = document.getElementById('too-long');
      view.innerHTML = '';
      var p = document.createElement('p'); p.className = 'error'; p.textContent = warning ? warning.textContent : '';
      view.appendChild(p);
      return;
    }
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
    textarea.dispatchEvent(new Event('input'));
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

// Never lose what someone typed: live length counters with WeChat's limits (characters as readers count them), a
// refused submit while a field is too long, and a copy of the form in this tab's storage until the save succeeds.
document.addEventListener('DOMContentLoaded', function () {
  function length(field) {
    var text = field.value;
    if (field.getAttribute('data-count') === 'html-text') {
      var probe = document.createElement('div');
      probe.innerHTML = text;
      text = probe.textContent;
    }
    return Array.from(text.trim()).length;
  }
  document.querySelectorAll('[data-max-chars]').forEach(function (field) {
    var max = parseInt(field.getAttribute('data-max-chars'), 10);
    var counter = document.createElement('small');
    counter.className = 'counter muted';
    field.insertAdjacentElement('afterend', counter);
    var update = function () {
      var n = length(field);
      var over = n > max;
      var lang = document.documentElement.lang || undefined;
      counter.textContent = n.toLocaleString(lang) + ' / ' + max.toLocaleString(lang);
      counter.className = over ? 'counter error' : 'counter muted';
      field.setAttribute('data-over', over ? 'true' : 'false');
      if (over) { field.setAttribute('aria-invalid', 'true'); } else { field.removeAttribute('aria-invalid'); }
    };
    field.addEventListener('input', update);
    update();
  });
  document.querySelectorAll('form').forEach(function (form) {
    if (!form.querySelector('[data-max-chars]')) { return; }
    form.addEventListener('submit', function (event) {
      var editor = document.getElementById('rich-editor');
      var body = document.getElementById('article-body');
      if (editor && body && form.contains(body)) { body.value = editor.innerHTML; body.dispatchEvent(new Event('input')); }
      var over = form.querySelector('[data-over="true"]');
      var warning = form.querySelector('[data-too-long], #too-long');
      if (over) {
        event.preventDefault();
        event.stopImmediatePropagation();
        if (warning) { warning.hidden = false; }
        (over.hidden && editor ? editor : over).focus();
      } else if (warning) {
        warning.hidden = true;
      }
    }, true);
  });
  // The copy: kept per page while typing, dropped once a save is confirmed, offered back otherwise.
  var form = document.querySelector('form[data-keep-draft]');
  if (!form || !window.sessionStorage) { return; }
  var key = 'lotus-draft:' + location.pathname;
  var fields = Array.prototype.filter.call(form.elements, function (f) {
    return f.name && f.type !== 'hidden' && f.type !== 'file' && f.type !== 'checkbox' && f.type !== 'submit';
  });
  function snapshot() {
    var values = {};
    fields.forEach(function (f) { values[f.name] = f.value; });
    return values;
  }
  var saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (e) { saved = null; }
  if (document.getElementById('notice')) {
    // A confirmed save: the copies of this tab are no longer needed (the new form's page included).
    Object.keys(sessionStorage).filter(function (k) { return k.indexOf('lotus-draft:') === 0; })
      .forEach(function (k) { sessionStorage.removeItem(k); });
    saved = null;
  }
  var current = snapshot();
  var differs = saved && fields.some(function (f) { return (saved[f.name] || '') !== (current[f.name] || ''); });
  if (differs) {
    var bar = document.createElement('p');
    bar.className = 'notice'; bar.id = 'draft-found';
    bar.textContent = form.getAttribute('data-draft-found') + ' ';
    var restore = document.createElement('button'); restore.type = 'button'; restore.id = 'draft-restore';
    restore.textContent = form.getAttribute('data-draft-restore');
    var discard = document.createElement('button'); discard.type = 'button'; discard.className = 'link';
    discard.textContent = form.getAttribute('data-draft-discard');
    bar.append(' ', restore, ' ', discard);
    form.insertAdjacentElement('beforebegin', bar);
    restore.addEventListener('click', function () {
      fields.forEach(function (f) {
        if (saved[f.name] !== undefined) { f.value = saved[f.name]; f.dispatchEvent(new Event('input')); }
      });
      var editor = document.getElementById('rich-editor');
      var body = document.getElementById('article-body');
      if (editor && body && saved.body !== undefined) { editor.innerHTML = saved.body; editor.dispatchEvent(new Event('input')); }
      bar.remove();
    });
    discard.addEventListener('click', function () { sessionStorage.removeItem(key); bar.remove(); });
  }
  var store = function () {
    try { sessionStorage.setItem(key, JSON.stringify(snapshot())); } catch (e) { /* storage full: the form still holds it */ }
  };
  form.addEventListener('input', store);
  form.addEventListener('submit', store);
  var richEditor = document.getElementById('rich-editor');
  if (richEditor && form.id === 'article-form') { richEditor.addEventListener('input', function () { setTimeout(store, 0); }); }
});
