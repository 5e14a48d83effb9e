// The session guard of a student's form page (fragments/session.html), so that an ended session
// loses nothing:
// - while the student types, a keep-alive request at most every few minutes keeps the session;
// - before it would end, a banner says how long is left and offers to stay signed in; once ended,
//   it says so (also when a page script got a 401) and links to signing in again;
// - what was typed is kept in this tab's sessionStorage until the server has it, and restored on
//   the form after a new sign-in (or a reload), with a notice and a way to discard it. It is removed
//   once a submission reached the server, at sign-out (app.js), and never shown to another account.
//
// What a draft holds: the form's own fields, the student's own data in their own tab (the storage
// dies with the tab). Never: password and file inputs, read-only and disabled fields (the server's
// locked values), hidden inputs (CSRF token, version, ids) unless marked data-draft-field (a
// widget's value, such as a division cascade), and the fields the form lists in data-draft-exclude
// (the 身份证号).
//
// Runs as soon as the page is parsed, before DOMContentLoaded, so that widgets which read their
// field then (the division cascades of verification.js) start from the restored value.
(function () {
  'use strict';
  var guard = document.getElementById('session-guard');
  if (!guard) { return; }
  var drafts = window.gradverify.drafts;
  var user = guard.getAttribute('data-user');
  var timeout = parseInt(guard.getAttribute('data-session-seconds'), 10) * 1000;
  // warn this long before the end, and keep alive at most this often (a student typing never sees the warning)
  var margin = Math.min(300000, Math.floor(timeout / 3));
  var warning = document.getElementById('session-warning');
  var countdown = warning.querySelector('.session-countdown');
  var endedBanner = document.getElementById('session-ended');
  var lastContact = Date.now();
  var lastPing = lastContact;
  var ended = false;
  var clock;

  function mmss(ms) {
    var seconds = Math.ceil(ms / 1000);
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function end() {
    if (ended) { return; }
    ended = true;
    window.clearInterval(clock);
    warning.hidden = true;
    endedBanner.hidden = false;
  }

  function keepAlive() {
    var sent = Date.now();
    lastPing = sent;
    return fetch(guard.getAttribute('data-keep-alive-url'), {
      credentials: 'same-origin', cache: 'no-store',
      headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' }
    }).then(function (response) {
      if (response.ok) { lastContact = sent; tick(); }
      else if (response.status === 401) { end(); }
    }, function () { /* offline for now: the clock keeps counting */ });
  }

  function tick() {
    if (ended) { return; }
    var left = lastContact + timeout - Date.now();
    if (left <= 0) { end(); return; }
    if (left > margin) { warning.hidden = true; return; }
    countdown.textContent = countdown.getAttribute('data-pattern').replace('{0}', mmss(left));
    warning.hidden = false;
  }

  function activity() {
    if (!ended && Date.now() - lastPing >= margin) { keepAlive(); }
  }

  document.getElementById('session-stay').addEventListener('click', keepAlive);
  document.addEventListener('gradverify:session-ended', end);
  if (timeout > 0) { clock = window.setInterval(tick, 1000); }

  // ---- drafts ----
  var submissionLost = guard.getAttribute('data-submission-lost') === 'true';
  var restored = [];

  function fieldsOf(form) {
    var excluded = (form.getAttribute('data-draft-exclude') || '').split(/\s+/);
    return Array.prototype.filter.call(form.elements, function (field) {
      if (!field.name || field.disabled || field.readOnly || excluded.indexOf(field.name) >= 0) { return false; }
      if (field.type === 'hidden') { return field.hasAttribute('data-draft-field'); }
      return field.tagName !== 'BUTTON' && !/^(password|file|submit|reset|button|image)$/.test(field.type);
    });
  }

  function keyOf(field) {
    return field.type === 'checkbox' || field.type === 'radio' ? field.name + '=' + field.value : field.name;
  }

  function valueOf(field) {
    return field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value;
  }

  function snapshot(form) {
    var values = {};
    fieldsOf(form).forEach(function (field) { values[keyOf(field)] = valueOf(field); });
    return values;
  }

  function restore(form, values) {
    return fieldsOf(form).filter(function (field) {
      var key = keyOf(field);
      if (!Object.prototype.hasOwnProperty.call(values, key) || valueOf(field) === values[key]) { return false; }
      if (field.type === 'checkbox' || field.type === 'radio') { field.checked = values[key]; }
      else { field.value = values[key]; }
      return true;
    });
  }

  var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-draft]'));
  forms.forEach(function (form) {
    var key = form.getAttribute('data-draft');
    var draft = drafts.read(key);
    // a submission that reached the server is in the page now (saved, or shown back with its errors)
    if (draft && (draft.user !== user || (draft.submitted && !submissionLost))) { drafts.remove(key); draft = null; }
    if (draft) {
      var changed = restore(form, draft.values || {});
      if (changed.length) {
        restored = restored.concat(changed);
        drafts.write(key, { user: user, submitted: false, values: draft.values });
      }
      else { drafts.remove(key); }
    }
    function save(submitted) { drafts.write(key, { user: user, submitted: submitted, values: snapshot(form) }); }
    form.addEventListener('input', function () { save(false); activity(); });
    form.addEventListener('change', function () { save(false); activity(); });
    form.addEventListener('submit', function () { save(true); });
  });

  if (restored.length) {
    document.getElementById('draft-restored').hidden = false;
    document.getElementById('draft-discard').addEventListener('click', function () {
      forms.forEach(function (form) { drafts.remove(form.getAttribute('data-draft')); });
    });
    // once every page script has set up its listeners, let them see the restored values (marks)
    document.addEventListener('DOMContentLoaded', function () {
      window.setTimeout(function () {
        restored.forEach(function (field) { field.dispatchEvent(new Event('change', { bubbles: true })); });
      }, 0);
    });
  }
})();
