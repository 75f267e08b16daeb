// The WeChat simulator page (demo mode): one simulated reader's phone. No inline scripts (CSP); polls the
// conversation so customer-service replies and mass sends appear as they arrive.
document.addEventListener('DOMContentLoaded', function () {
  var labels = document.getElementById('labels').dataset;
  var csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
  var csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  var readerSelect = document.getElementById('reader');
  var chat = document.getElementById('chat');
  var menu = document.getElementById('menu');
  var errorBox = document.getElementById('sim-error');
  var textInput = document.getElementById('text');
  var followButton = document.getElementById('follow');
  var recordButton = document.getElementById('record');
  var state = { reader: null, chatSignature: '', menuSignature: '' };
  var chosen = parseInt(sessionStorage.getItem('simulator.reader') || '0', 10) || null;
  var recorder = null;

  function headers(json) {
    var h = {};
    h[csrfHeader] = csrfToken;
    if (json) { h['Content-Type'] = 'application/json'; }
    return h;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function refresh() {
    var url = '/simulator/state' + (chosen ? '?reader=' + chosen : '');
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { if (s) { render(s); } });
  }

  function render(s) {
    state.reader = s.reader;
    if (s.reader) { chosen = s.reader.id; }
    var options = s.readers.map(function (r) { return r.id + ':' + r.name; }).join('|');
    if (readerSelect.dataset.options !== options) {
      readerSelect.innerHTML = '';
      s.readers.forEach(function (r) {
        var option = el('option', null, r.name);
        option.value = r.id;
        readerSelect.appendChild(option);
      });
      readerSelect.dataset.options = options;
    }
    if (s.reader) { readerSelect.value = String(s.reader.id); }
    document.getElementById('reader-name').textContent = s.reader ? s.reader.name : '';
    document.getElementById('follow-state').textContent =
      s.reader ? (s.reader.following ? labels.following : labels.notFollowing) : '';
    followButton.textContent = s.reader && s.reader.following ? followButton.dataset.unfollow : followButton.dataset.follow;
    followButton.dataset.following = s.reader && s.reader.following ? 'true' : 'false';
    renderMenu(s.menu);
    renderChat(s.chat, s.reader);
  }

  function menuName(key) {
    var found = key;
    (state.menu && state.menu.button || []).forEach(function (b) {
      if (b.key === key) { found = b.name; }
      (b.sub_button || []).forEach(function (sub) { if (sub.key === key) { found = sub.name; } });
    });
    return found;
  }

  function renderMenu(m) {
    var signature = JSON.stringify(m);
    if (signature === state.menuSignature) { return; }
    state.menuSignature = signature;
    state.menu = m;
    menu.innerHTML = '';
    var buttons = (m && m.button) || [];
    if (!buttons.length) { menu.appendChild(el('p', 'muted', labels.noMenu)); return; }
    buttons.forEach(function (b, i) {
      var cell = el('div', 'wx-menu-cell');
      var top = el('button', 'wx-menu-button', b.name);
      top.type = 'button';
      top.id = 'menu-' + i;
      if (b.type === 'view') { top.setAttribute('data-view', b.url); }
      cell.appendChild(top);
      var subs = b.sub_button || [];
      if (subs.length) {
        var list = el('ul', 'wx-submenu');
        list.hidden = true;
        subs.forEach(function (sub, j) {
          var item = el('li');
          var button = el('button', 'wx-submenu-button', sub.name);
          button.type = 'button';
          button.id = 'menu-' + i + '-' + j;
          if (sub.type === 'view') { button.setAttribute('data-view', sub.url); }
          button.addEventListener('click', function () { list.hidden = true; tap(sub); });
          item.appendChild(button);
          list.appendChild(item);
        });
        cell.appendChild(list);
        top.addEventListener('click', function () {
          var open = list.hidden;
          menu.querySelectorAll('.wx-submenu').forEach(function (l) { l.hidden = true; });
          list.hidden = !open;
        });
      } else {
        top.addEventListener('click', function () { tap(b); });
      }
      menu.appendChild(cell);
    });
  }

  function tap(button) {
    if (button.type === 'view') {
      send('view', { key: button.url }).then(function (ok) { if (ok) { window.open(button.url, '_blank', 'noopener'); } });
    } else {
      send('click', { key: button.key });
    }
  }

  function renderChat(entries, reader) {
    var signature = (reader ? reader.id : 0) + ':' + entries.length;
    if (signature === state.chatSignature) { return; }
    state.chatSignature = signature;
    chat.innerHTML = '';
    if (!reader) { chat.appendChild(el('li', 'note', labels.noReader)); return; }
    entries.forEach(function (e) { chat.appendChild(entry(e)); });
    chat.scrollTop = chat.scrollHeight;
  }

  function entry(e) {
    var events = { subscribe: labels.eventSubscribe, unsubscribe: labels.eventUnsubscribe };
    if (events[e.type] || e.type === 'click' || e.type === 'view' || e.type === 'scan') {
      var text = events[e.type] ||
        (e.type === 'click' ? labels.eventClick + ' ' + menuName(e.text)
          : e.type === 'view' ? labels.eventView + ' ' + e.url : labels.eventScan + ' ' + e.text);
      return el('li', 'note', text);
    }
    var item = el('li', 'msg ' + (e.from === 'reader' ? 'mine' : 'theirs'));
    item.dataset.type = e.type;
    var bubble = el('div', 'bubble');
    if (e.type === 'news') {
      bubble.className = 'bubble news';
      var link = el('a', 'news-title', e.title);
      link.href = e.url || '#';
      link.target = '_blank';
      link.rel = 'noopener';
      bubble.appendChild(link);
      if (e.text) { bubble.appendChild(el('p', 'news-text', e.text)); }
    } else if (e.type === 'voice') {
      var play = el('button', 'play', '▶ ' + labels.voice);
      play.type = 'button';
      play.setAttribute('aria-label', labels.play);
      play.addEventListener('click', function () { if (e.audioUrl) { new Audio(e.audioUrl).play(); } });
      bubble.appendChild(play);
    } else if (e.type === 'image' && e.imageUrl) {
      var img = el('img');
      img.src = e.imageUrl;
      img.alt = labels.image;
      bubble.appendChild(img);
    } else {
      bubble.textContent = e.text || '';
    }
    item.appendChild(bubble);
    var via = { custom: labels.viaCustom, mass: labels.viaMass, preview: labels.viaPreview }[e.via];
    if (via) { item.appendChild(el('small', 'via', via)); }
    return item;
  }

  function send(type, fields, file) {
    if (!state.reader) { showError(labels.noReader); return Promise.resolve(false); }
    if (!state.reader.following && type !== 'subscribe' && type !== 'scan') {
      showError(labels.followFirst);
      return Promise.resolve(false);
    }
    var body = new FormData();
    body.append('type', type);
    Object.keys(fields || {}).forEach(function (k) { if (fields[k] !== undefined) { body.append(k, fields[k]); } });
    if (file) { body.append('file', file, file.name || 'recording.webm'); }
    return fetch('/simulator/readers/' + state.reader.id + '/send',
      { method: 'POST', body: body, credentials: 'same-origin', headers: headers(false) })
      .then(function (r) {
        if (!r.ok) { throw new Error(String(r.status)); }
        showError('');
        return refresh().then(function () { return true; });
      })
      .catch(function () { showError(labels.error); return false; });
  }

  readerSelect.addEventListener('change', function () {
    chosen = parseInt(readerSelect.value, 10);
    sessionStorage.setItem('simulator.reader', String(chosen));
    state.chatSignature = '';
    refresh();
  });

  document.getElementById('new-reader').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('new-reader-name');
    fetch('/simulator/readers', { method: 'POST', credentials: 'same-origin', headers: headers(true),
      body: JSON.stringify({ name: input.value }) })
      .then(function (r) { if (!r.ok) { throw new Error(); } return r.json(); })
      .then(function (created) {
        input.value = '';
        chosen = created.id;
        sessionStorage.setItem('simulator.reader', String(chosen));
        showError('');
        return refresh();
      })
      .catch(function () { showError(labels.error); });
  });

  document.getElementById('rename').addEventListener('click', function () {
    if (!state.reader) { return; }
    var name = window.prompt(document.querySelector('label[for="new-reader-name"]').textContent, state.reader.name);
    if (!name) { return; }
    fetch('/simulator/readers/' + state.reader.id, { method: 'PATCH', credentials: 'same-origin', headers: headers(true),
      body: JSON.stringify({ name: name }) })
      .then(function (r) { if (!r.ok) { throw new Error(); } readerSelect.dataset.options = ''; return refresh(); })
      .catch(function () { showError(labels.error); });
  });

  followButton.addEventListener('click', function () {
    send(followButton.dataset.following === 'true' ? 'unsubscribe' : 'subscribe', {});
  });

  document.getElementById('scan-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var scene = document.getElementById('scene');
    send('scan', { key: scene.value }).then(function (ok) { if (ok) { scene.value = ''; } });
  });

  document.getElementById('compose').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = textInput.value;
    if (!text.trim()) { return; }
    // The text stays in the box until the server has it: nothing typed is lost on an error.
    send('text', { text: text }).then(function (ok) { if (ok) { textInput.value = ''; } });
  });

  document.getElementById('image').addEventListener('change', function (event) {
    var file = event.target.files[0];
    if (file) { send('image', {}, file).then(function () { event.target.value = ''; }); }
  });

  recordButton.addEventListener('click', function () {
    if (recorder && recorder.state === 'recording') { recorder.stop(); return; }
    if (!navigator.mediaDevices || !window.MediaRecorder) { showError(labels.micError); return; }
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      var chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.addEventListener('dataavailable', function (e) { if (e.data.size) { chunks.push(e.data); } });
      recorder.addEventListener('stop', function () {
        stream.getTracks().forEach(function (t) { t.stop(); });
        recordButton.textContent = recordButton.dataset.record;
        recordButton.classList.remove('recording');
        var type = recorder.mimeType || 'audio/webm';
        var blob = new Blob(chunks, { type: type });
        blob.name = 'recording.' + (type.indexOf('ogg') >= 0 ? 'ogg' : 'webm');
        send('voice', {}, blob);
      });
      recorder.start();
      recordButton.textContent = recordButton.dataset.stop;
      recordButton.classList.add('recording');
      showError('');
    }).catch(function () { showError(labels.micError); });
  });

  refresh();
  setInterval(refresh, 2000);
});
