// 实名认证 form: division cascades, the 生源地's written name, and live comparison marks.
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

  function form() { return document.getElementById('verification-form'); }

  function setMark(mark, status) {
    ['match', 'mismatch', 'not_compared', 'not_applicable'].forEach(function (s) {
      mark.classList.toggle(s, s === status);
    });
    var text = { match: 'data-text-match', mismatch: 'data-text-mismatch', not_compared: 'data-text-not-compared',
      not_applicable: 'data-text-not-applicable' }[status];
    mark.textContent = form().getAttribute(text);
  }

  function sponsored(code) { return code === '2' || code === '4'; }

  // 定向或委培单位 the registry leaves blank: 不适用 while nobody says 定向/委培 and the field is empty
  function updateNeutral(mark) {
    var input = document.getElementById('sponsorUnit');
    var mode = document.getElementById('trainingModeCode');
    var registryMode = document.querySelector('[data-mark-for="trainingModeCode"]');
    var applies = (input && normalise(input.value) !== '') || (mode && sponsored(mode.value))
      || (registryMode && sponsored(registryMode.getAttribute('data-registry')));
    setMark(mark, applies ? 'not_compared' : 'not_applicable');
    var tip = document.getElementById('tip-sponsorUnit');
    var text = form().getAttribute(applies ? 'data-tip-empty' : 'data-tip-not-applicable');
    mark.setAttribute('data-tip', text);
    if (tip) { tip.textContent = text; }
  }

  function updateMark(input) {
    var key = input.getAttribute('data-key');
    var mark = document.querySelector('[data-mark-for="' + key + '"]');
    if (!mark) { return; }
    var registry = mark.getAttribute('data-registry');
    if (registry === null || registry === '') {
      if (mark.getAttribute('data-neutral') === 'true') { updateNeutral(mark); }
      return; // 未比对 stays 未比对
    }
    var mode = input.getAttribute('data-compare');
    setMark(mark, normalise(input.value, mode) === normalise(registry, mode) ? 'match' : 'mismatch');
  }

  // 关键字段比对：N 项不匹配，M 项未比对 — counted from the marks as they stand
  function updateSummary() {
    var summary = document.getElementById('comparison-summary');
    var template = summary && summary.getAttribute('data-template');
    if (!template) { return; }
    var mismatches = document.querySelectorAll('#verification-form .mark.mismatch').length;
    var notCompared = document.querySelectorAll('#verification-form .mark.not_compared').length;
    summary.textContent = template.replace('{0}', mismatches).replace('{1}', notCompared);
  }

  // the 生源地 as the rules write it, under the picker and in the 派出所 hint, for the code chosen
  function updateOriginName(code) {
    var name = document.getElementById('origin-place-name');
    if (!name) { return; }
    var hint = document.getElementById('police-station-hint');
    function show(text) {
      name.textContent = text;
      if (hint) {
        hint.textContent = text ? hint.getAttribute('data-template').replace(/\{0\}/g, text)
          : hint.getAttribute('data-generic');
      }
    }
    if (!/^[0-9]{6}$/.test(code || '')) { show(''); return; }
    fetch(name.getAttribute('data-url') + encodeURIComponent(code),
      { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return window.gradverify.checkSession(r).ok ? r.json() : null; })
      .then(function (place) {
        var hidden = document.getElementById('originPlaceCode');
        if (hidden && hidden.value === code) { show(place ? place.name : ''); }
      })
      .catch(function () { /* the name stays as it was */ });
  }

  // Division selects, one per level, down to data-depth (3 county, 4 town). A level's divisions carry
  // their own level: Beijing's districts are level 3 right under the province, and a city without
  // counties (东莞 441900) has only towns below it, so it is itself the last choice of a county-level
  // cascade.
  function cascade(container) {
    var hidden = container.querySelector('input[type=hidden]');
    var depth = parseInt(container.getAttribute('data-depth'), 10);
    var url = container.getAttribute('data-url');
    var disabled = container.getAttribute('data-disabled') === 'true';
    var choose = container.getAttribute('data-choose');
    var target = hidden.value;

    function levelOf(select) {
      var option = select.options[select.selectedIndex];
      return option ? parseInt(option.getAttribute('data-level') || '0', 10) : 0;
    }

    function removeBelow(step) {
      container.querySelectorAll('select').forEach(function (s) {
        if (parseInt(s.getAttribute('data-step'), 10) > step) { s.remove(); }
      });
    }

    function next(select, step) {
      if (select.value && levelOf(select) < depth) { addLevel(select.value, step + 1); }
    }

    function addLevel(parent, step) {
      var query = parent ? '?parent=' + encodeURIComponent(parent) : '';
      fetch(url + query, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return window.gradverify.checkSession(r).ok ? r.json() : []; })
        .then(function (divisions) {
          divisions = divisions.filter(function (d) { return !d.level || d.level <= depth; });
          if (!divisions.length) { return; }
          var select = document.createElement('select');
          select.disabled = disabled;
          select.setAttribute('data-step', step);
          select.setAttribute('data-level', step);
          select.setAttribute('aria-label', choose);
          var blank = document.createElement('option');
          blank.value = ''; blank.textContent = choose;
          select.appendChild(blank);
          divisions.forEach(function (d) {
            var option = document.createElement('option');
            option.value = d.code; option.textContent = d.name;
            option.setAttribute('data-level', d.level);
            if (target && target.indexOf(d.code) === 0) { option.selected = true; }
            select.appendChild(option);
          });
          container.insertBefore(select, hidden);
          select.addEventListener('change', function () {
            removeBelow(step);
            hidden.value = select.value || (parent || '');
            target = select.value;
            hidden.dispatchEvent(new Event('change'));
            next(select, step);
          });
          next(select, step);
        });
    }
    addLevel(null, 1);
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!form()) { return; }
    document.querySelectorAll('.cascade').forEach(cascade);
    document.querySelectorAll('[data-key]').forEach(function (input) {
      function changed() {
        updateMark(input);
        // the 培养方式 decides whether the 定向或委培单位 applies
        if (input.getAttribute('data-key') === 'trainingModeCode') {
          var neutral = document.querySelector('[data-mark-for="sponsorUnit"][data-neutral="true"]');
          if (neutral && !neutral.getAttribute('data-registry')) { updateNeutral(neutral); }
        }
        updateSummary();
      }
      input.addEventListener('input', changed);
      input.addEventListener('change', changed);
    });
    var origin = document.getElementById('originPlaceCode');
    if (origin) {
      origin.addEventListener('change', function () { updateOriginName(origin.value); });
    }
    // touch screens have no hover: a tap opens the registry value
    document.querySelectorAll('.mark').forEach(function (mark) {
      mark.addEventListener('click', function (e) { e.preventDefault(); mark.classList.toggle('open'); });
      mark.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); mark.classList.toggle('open'); }
      });
    });
  });
})();
