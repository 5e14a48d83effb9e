// 账户设置 → 微信绑定: ask before unbinding, since the phone then has to bind again.
(function () {
  'use strict';
  var form = document.getElementById('wechat-unbind-form');
  if (!form) { return; }
  form.addEventListener('submit', function (event) {
    if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
  });
})();
