// The 生源信息确认表's 打印 button: the browser's print dialog (A4 rules in app.css, @media print).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
