// Recording in the browser for the audio library (MediaRecorder): record, a timer, listen back, keep or start again.
// The recording is sent with fetch so that, when the server refuses it (too long, silent), it stays in the page.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('recorder');
  if (!box) { return; }
  var start = document.getElementById('record-start');
  var stop = document.getElementById('record-stop');
  var timer = document.getElementById('record-timer');
  var review = document.getElementById('record-review');
  var playback = document.getElementById('record-playback');
  var title = document.getElementById('record-title');
  var keep = document.getElementById('record-keep');
  var again = document.getElementById('record-again');
  var error = document.getElementById('record-error');
  var LIMIT_SECONDS = 60;
  var recorder = null, chunks = [], recording = null, startedAt = 0, ticking = null;

  function say(message) { error.textContent = message; error.hidden = !message; }
  function show(seconds) {
    timer.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }
  if (!window.MediaRecorder || !navigator.mediaDevices) {
    start.disabled = true;
    say(box.getAttribute('data-no-recorder'));
    return;
  }
  start.addEventListener('click', function () {
    say('');
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.addEventListener('dataavailable', function (e) { if (e.data.size > 0) { chunks.push(e.data); } });
      recorder.addEventListener('stop', function () {
        stream.getTracks().forEach(function (t) { t.stop(); });
        clearInterval(ticking);
        recording = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
        playback.src = URL.createObjectURL(recording);
        review.hidden = false;
        start.disabled = false; stop.disabled = true;
        title.focus();
      });
      recorder.start(250);
      startedAt = Date.now();
      show(0);
      ticking = setInterval(function () {
        var seconds = Math.floor((Date.now() - startedAt) / 1000);
        show(seconds);
        if (seconds >= LIMIT_SECONDS && recorder.state === 'recording') { recorder.stop(); }
      }, 250);
      start.disabled = true; stop.disabled = false; review.hidden = true;
    }, function () { say(box.getAttribute('data-mic-denied')); });
  });
  stop.addEventListener('click', function () { if (recorder && recorder.state === 'recording') { recorder.stop(); } });
  again.addEventListener('click', function () { review.hidden = true; recording = null; show(0); say(''); });
  keep.addEventListener('click', function () {
    if (!recording) { return; }
    var form = new FormData();
    var extension = (recording.type.indexOf('ogg') >= 0) ? 'ogg' : (recording.type.indexOf('mp4') >= 0 ? 'm4a' : 'webm');
    form.append('file', recording, 'recording.' + extension);
    form.append('title', title.value);
    var headers = { 'X-Requested-With': 'fetch' };
    headers[box.getAttribute('data-csrf-name')] = box.getAttribute('data-csrf');
    keep.disabled = true;
    fetch('/cms/audio', { method: 'POST', body: form, headers: headers, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (answer) {
        keep.disabled = false;
        if (answer.ok) { window.location.assign('/cms/audio#clip-' + answer.body.id); window.location.reload(); }
        else { say(answer.body.error); if (answer.body.field === 'title') { title.focus(); } }
      }, function () { keep.disabled = false; say(box.getAttribute('data-send-failed')); });
  });
});
