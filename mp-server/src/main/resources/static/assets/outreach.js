// Copy an outreach template to the clipboard: <button data-copy="element-id" data-copied="label">; insert the
// channel link's marker into the template form.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = document.getElementById(button.getAttribute('data-copy')).textContent;
      var done = function () { button.textContent = button.getAttribute('data-copied'); };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(text).then(done, function () {});
      }
    });
  });
  // "Insert the channel link": puts the {channel} marker at the cursor; a channel must then be chosen.
  var insert = document.getElementById('insert-channel-link');
  if (insert) {
    insert.addEventListener('click', function () {
      var area = document.getElementById(insert.getAttribute('data-into'));
      var marker = insert.getAttribute('data-insert');
      var start = area.selectionStart == null ? area.value.length : area.selectionStart;
      var end = area.selectionEnd == null ? start : area.selectionEnd;
      area.value = area.value.slice(0, start) + marker + area.value.slice(end);
      area.focus();
      area.setSelectionRange(start + marker.length, start + marker.length);
      var channel = document.getElementById(insert.getAttribute('data-channel'));
      if (channel && !channel.value) {
        channel.focus();
      }
    });
  }
});
