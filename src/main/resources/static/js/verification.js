// 实名认证 form: division cascades and live comparison marks.
(function () {
  'use strict';

  function normalise(value, mode) {
    if (value == null) { return ''; }
    var v = String(value).replace(/[\uFF01-\uFF5E]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).replace(/\s+/g, '');
    if (mode === 'month') { return v.substring(0, 7); }
    if (mode === 'number' && v !== '' && !isNaN(Number(v))) { return String(Number(v)); }
    return v;
  }

  function updateMark(input) {
    var key = input.getAttribute('data-key');
    var mark = document.querySelector('[data-mark-for="' + key + '"]');
    if (!mark) { return; }
    var registry = mark.getAttribute('data-registry');
    if (registry === null || registry === '') { return; } // 未比对 stays 未比对
    var form = document.getElementById('verification-form');
    var mode = input.getAttribute('data-compare');
    var same = normalise(input.value, mode) === normalise(registry, mode);
    mark.classList.toggle('match', same);
    mark.classList.toggle('mismatch', !same);
    mark.textContent = form.getAttribute(same ? 'data-text-match' : 'data-text-mismatch');
  }

  function cascade(container) {
    var hidden = container.querySelector('input[type=hidden]');
    var depth = parseInt(container.getAttribute('data-depth'), 10);
    var url = container.getAttribute('data-url');
    var disabled = container.getAttribute('data-disabled') === 'true';
    var choose = container.getAttribute('data-choose');
    var target = hidden.value;

    function addLevel(parent, level) {
      var query = parent ? '?parent=' + encodeURIComponent(parent) : '';
      fetch(url + query, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return window.gradverify.checkSession(r).ok ? r.json() : []; })
        .then(function (divisions) {
          if (!divisions.length) { return; }
          var select = document.createElement('select');
          select.disabled = disabled;
          select.setAttribute('data-level', level);
          select.setAttribute('aria-label', choose);
          var blank = document.createElement('option');
          blank.value = ''; blank.textContent = choose;
          select.appendChild(blank);
          divisions.forEach(function (d) {
            var option = document.createElement('option');
            option.value = d.code; option.textContent = d.name;
            if (target && target.indexOf(d.code) === 0) { option.selected = true; }
            select.appendChild(option);
          });
          container.insertBefore(select, hidden);
          select.addEventListener('change', function () {
            var later = container.querySelectorAll('select');
            for (var i = 0; i < later.length; i++) {
              if (parseInt(later[i].getAttribute('data-level'), 10) > level) { later[i].remove(); }
            }
            hidden.value = select.value || (parent || '');
            target = select.value;
            hidden.dispatchEvent(new Event('change'));
            if (select.value && level < depth && select.value.length < 9) { addLevel(select.value, level + 1); }
          });
          if (select.value && level < depth && select.value.length < 9) { addLevel(select.value, level + 1); }
        });
    }
    addLevel(null, 1);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.cascade').forEach(cascade);
    document.querySelectorAll('[data-key]').forEach(function (input) {
      input.addEventListener('input', function () { updateMark(input); });
      input.addEventListener('change', function () { updateMark(input); });
    });
    // touch screens have no hover: a tap opens the registry value
    document.querySelectorAll('.mark').forEach(function (mark) {
      mark.addEventListener('click', function (e) { e.preventDefault(); mark.classList.toggle('open'); });
      mark.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); mark.classList.toggle('open'); }
      });
    });
  });
})();
