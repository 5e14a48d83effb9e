// Reviewers created from a file: let the administrator save their initial passwords, which the
// page shows this once. The CSV is built from the table in the browser, so the passwords are
// never sent or stored again.
(function () {
  'use strict';
  var button = document.getElementById('download-created');
  var table = document.getElementById('created-accounts');
  if (!button || !table) { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    var lines = [];
    table.querySelectorAll('tr').forEach(function (row) {
      var cells = [];
      row.querySelectorAll('th, td').forEach(function (cell) { cells.push(csvValue(cell.textContent.trim())); });
      lines.push(cells.join(','));
    });
    // a byte-order mark, so that Excel shows the Chinese
    var blob = new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = button.getAttribute('data-file-name');
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  });

  // quoted when needed; a leading = + - @ is escaped so that a spreadsheet does not run it as a formula
  function csvValue(value) {
    var safe = /^[=+\-@]/.test(value) ? "'" + value : value;
    return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
  }
})();
