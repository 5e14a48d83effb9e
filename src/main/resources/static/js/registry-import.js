// Polls a running registry import and moves its progress bar; reloads the page when it ends so
// that the server renders the final report.
(function () {
  'use strict';
  var job = document.getElementById('import-job');
  if (!job || job.getAttribute('data-status') !== 'RUNNING') { return; }
  var url = job.getAttribute('data-status-url');
  var bar = document.getElementById('import-bar');
  var rows = document.getElementById('import-rows');
  var template = rows ? rows.textContent.replace(/\d+\s*\/\s*\d+/, '{p} / {t}') : null;

  function show(status) {
    var percent = status.total > 0 ? Math.min(100, Math.floor(status.processed * 100 / status.total)) : 0;
    bar.style.width = percent + '%';
    bar.parentNode.setAttribute('aria-valuenow', String(percent));
    if (template) { rows.textContent = template.replace('{p}', status.processed).replace('{t}', status.total); }
    ['total', 'inserted', 'updated', 'unchanged', 'rejected'].forEach(function (name) {
      var cell = document.querySelector('[data-count="' + name + '"]');
      if (cell) { cell.textContent = status[name]; }
    });
  }

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (status) {
        show(status);
        if (status.status === 'RUNNING') { setTimeout(poll, 1000); } else { window.location.reload(); }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 500);
})();
