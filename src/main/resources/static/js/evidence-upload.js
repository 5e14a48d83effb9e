// Evidence upload with progress, in place: each chosen file is checked against the server's size
// limit (data-max-bytes) and posted on its own to the control's endpoint with XMLHttpRequest (fetch
// has no upload progress). The endpoint answers with the stored file (UploadedEvidence), which is
// added to the sibling thumbnail list; the page is not reloaded, so unsaved typing elsewhere on it
// stays. 删除 buttons (data-evidence-remove) post their removal the same way and drop the thumbnail.
(function () {
  'use strict';
  // the fragment may appear (and load this script) more than once on a page
  if (window.gradverifyEvidenceUpload) { return; }
  window.gradverifyEvidenceUpload = true;

  function problemMessage(xhr, fallback) {
    try {
      var problem = JSON.parse(xhr.responseText);
      if (problem.errors && problem.errors.length && problem.errors[0].message) { return problem.errors[0].message; }
      if (problem.detail) { return problem.detail; }
    } catch (ignored) { /* not problem+json */ }
    return fallback;
  }

  function requestHeaders(xhr) {
    var headers = window.gradverify.csrfHeaders();
    Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', 'application/json');
  }

  // the thumbnail list and upload control share a parent (the page's card or field block)
  function listOf(element) {
    return element.parentElement ? element.parentElement.querySelector('[data-evidence-list]') : null;
  }

  function statusOf(list) {
    var scope = list.parentElement;
    return scope ? scope.querySelector('[data-evidence-status]') : null;
  }

  function say(status, message, failed) {
    if (!status) { return; }
    status.className = failed ? 'evidence-upload-status field-error' : 'evidence-upload-status';
    status.textContent = message;
  }

  function refreshEmpty(list) {
    var empty = list.querySelector('[data-evidence-empty]');
    if (empty) { empty.hidden = list.querySelector('[data-evidence-id]') !== null; }
  }

  // the file's subject has a new version: the page's forms must send it with their next change
  function updateVersion(element, version) {
    if (typeof version !== 'number') { return; }
    var scopes = [];
    var carry = element.dataset.carry ? document.getElementById(element.dataset.carry) : null;
    if (carry) { scopes.push(carry); }
    var scope = element.closest('[data-evidence-scope]');
    if (scope) { scopes.push(scope); }
    scopes.forEach(function (each) {
      Array.prototype.forEach.call(each.querySelectorAll('input[name="version"]'), function (input) {
        input.value = String(version);
      });
    });
  }

  function thumbnail(list, file) {
    var item = document.createElement('li');
    item.className = 'evidence-item';
    item.setAttribute('data-evidence-id', String(file.id));
    var link = document.createElement('a');
    link.href = file.url;
    link.target = '_blank';
    link.rel = 'noopener';
    if (file.image) {
      var img = document.createElement('img');
      img.src = file.url;
      img.alt = file.displayName;
      img.decoding = 'async';
      link.appendChild(img);
    } else {
      var pdf = document.createElement('span');
      pdf.className = 'evidence-pdf';
      pdf.textContent = list.dataset.msgPdf;
      link.appendChild(pdf);
    }
    var name = document.createElement('span');
    name.className = 'evidence-name';
    name.textContent = file.displayName;
    link.appendChild(name);
    item.appendChild(link);
    if (file.removeUrl) {
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link remove-evidence';
      remove.setAttribute('data-evidence-remove', file.removeUrl);
      remove.textContent = list.dataset.msgRemove;
      item.appendChild(remove);
    }
    return item;
  }

  function show(list, file) {
    if (!list) { return; }
    if (file.replacesOthers) {
      Array.prototype.forEach.call(list.querySelectorAll('[data-evidence-id]'), function (old) { old.remove(); });
    }
    list.appendChild(thumbnail(list, file));
    refreshEmpty(list);
  }

  function upload(container, input, file) {
    return new Promise(function (resolve, reject) {
      var bar = container.querySelector('[data-evidence-progress]');
      var status = container.querySelector('[data-evidence-status]');
      var limit = Number(container.dataset.maxBytes);
      if (limit > 0 && file.size > limit) {
        reject(file.name + '：' + container.dataset.msgTooLarge);
        return;
      }
      var data = new FormData();
      Array.prototype.forEach.call(container.querySelectorAll('input[type="hidden"]'), function (hidden) {
        data.append(hidden.name, hidden.value);
      });
      data.append(input.name, file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', container.dataset.evidenceAction);
      requestHeaders(xhr);
      bar.hidden = false;
      bar.firstElementChild.style.width = '0';
      say(status, container.dataset.msgUploading + ' ' + file.name, false);
      xhr.upload.onprogress = function (event) {
        if (!event.lengthComputable) { return; }
        var percent = Math.round(event.loaded * 100 / event.total);
        bar.firstElementChild.style.width = percent + '%';
        bar.setAttribute('aria-valuenow', String(percent));
      };
      xhr.onload = function () {
        if (xhr.status === 401) { window.gradverify.checkSession({ status: 401 }); }
        if (xhr.status >= 200 && xhr.status < 300) {
          try {
            var uploaded = JSON.parse(xhr.responseText);
            show(listOf(container), uploaded);
            updateVersion(container, uploaded.subjectVersion);
          } catch (ignored) { /* shown after a reload */ }
          resolve(xhr);
          return;
        }
        reject(problemMessage(xhr, container.dataset.msgFailed));
      };
      xhr.onerror = function () { reject(container.dataset.msgFailed); };
      xhr.send(data);
    });
  }

  function enhance(container) {
    var status = container.querySelector('[data-evidence-status]');
    var bar = container.querySelector('[data-evidence-progress]');
    container.querySelector('[data-evidence-submit]').hidden = true;
    Array.prototype.forEach.call(container.querySelectorAll('input[type="file"]'), function (input) {
      input.addEventListener('change', function () {
        var files = Array.prototype.slice.call(input.files);
        if (!files.length) { return; }
        var chain = Promise.resolve();
        files.forEach(function (file) { chain = chain.then(function () { return upload(container, input, file); }); });
        chain.then(function () {
          say(status, container.dataset.msgDone, false);
          container.dispatchEvent(new CustomEvent('evidence:uploaded', { bubbles: true }));
        }, function (message) {
          bar.hidden = true;
          say(status, message, true);
        }).then(function () { input.value = ''; });
      });
    });
  }

  function remove(button) {
    var list = button.closest('[data-evidence-list]');
    var item = button.closest('[data-evidence-id]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', button.getAttribute('data-evidence-remove'));
    requestHeaders(xhr);
    button.disabled = true;
    xhr.onload = function () {
      if (xhr.status === 401) { window.gradverify.checkSession({ status: 401 }); }
      if (xhr.status >= 200 && xhr.status < 300) {
        try { updateVersion(list, JSON.parse(xhr.responseText).subjectVersion); } catch (ignored) { /* no body */ }
        item.remove();
        refreshEmpty(list);
        say(statusOf(list), list.dataset.msgRemoved, false);
        return;
      }
      button.disabled = false;
      say(statusOf(list), problemMessage(xhr, list.dataset.msgRemoveFailed), true);
    };
    xhr.onerror = function () {
      button.disabled = false;
      say(statusOf(list), list.dataset.msgRemoveFailed, true);
    };
    xhr.send();
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-evidence-remove]') : null;
    if (!button || !button.closest('[data-evidence-list]')) { return; }
    event.preventDefault();
    remove(button);
  });

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-evidence-upload]'), enhance);
  });
})();
