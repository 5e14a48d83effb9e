// 申请异动: ask before 提交, since values and evidence cannot change afterwards.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });
})();
