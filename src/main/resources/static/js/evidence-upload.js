// Evidence upload with progress: each chosen file is posted on its own to the form's action with
// XMLHttpRequest (fetch has no upload progress). On success the page reloads to show the new
// thumbnails, unless a listener of the "evidence:uploaded" event calls preventDefault().
(function () {
  'use strict';

  function problemMessage(xhr, fallback) {
    try {
      var problem = JSON.parse(xhr.responseText);
      if (problem.errors && problem.errors.length && problem.errors[0].message) { return problem.errors[0].message; }
      if (problem.detail) { return problem.detail; }
    } catch (ignored) { /* not problem+json */ }
    return fallback;
  }

  function upload(container, form, input, file) {
    return new Promise(function (resolve, reject) {
      var bar = container.querySelector('[data-evidence-progress]');
      var status = container.querySelector('[data-evidence-status]');
      var data = new FormData();
      Array.prototype.forEach.call(form.querySelectorAll('input[type="hidden"]'), function (hidden) {
        data.append(hidden.name, hidden.value);
      });
      data.append(input.name, file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      var headers = window.gradverify.csrfHeaders();
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.setRequestHeader('Accept', 'application/json');
      bar.hidden = false;
      status.className = 'evidence-upload-status';
      status.textContent = container.dataset.msgUploading + ' ' + file.name;
      xhr.upload.onprogress = function (event) {
        if (!event.lengthComputable) { return; }
        var percent = Math.round(event.loaded * 100 / event.total);
        bar.firstElementChild.style.width = percent + '%';
        bar.setAttribute('aria-valuenow', String(percent));
      };
      xhr.onload = function () {
        if (xhr.status >= 200 && xhr.status < 300) { resolve(xhr); return; }
        reject(problemMessage(xhr, container.dataset.msgFailed));
      };
      xhr.onerror = function () { reject(container.dataset.msgFailed); };
      xhr.send(data);
    });
  }

  function enhance(container) {
    // the fragment may appear (and load this script) more than once on a page
    if (container.dataset.evidenceReady) { return; }
    container.dataset.evidenceReady = 'true';
    var form = container.querySelector('form');
    var status = container.querySelector('[data-evidence-status]');
    container.querySelector('[data-evidence-submit]').hidden = true;
    Array.prototype.forEach.call(container.querySelectorAll('input[type="file"]'), function (input) {
      input.addEventListener('change', function () {
        var files = Array.prototype.slice.call(input.files);
        var chain = Promise.resolve();
        files.forEach(function (file) { chain = chain.then(function () { return upload(container, form, input, file); }); });
        chain.then(function () {
          status.textContent = container.dataset.msgDone;
          var event = new CustomEvent('evidence:uploaded', { bubbles: true, cancelable: true });
          if (container.dispatchEvent(event)) { window.location.reload(); }
        }, function (message) {
          status.className = 'evidence-upload-status field-error';
          status.textContent = message;
        }).then(function () { input.value = ''; });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-evidence-upload]'), enhance);
  });
})();
