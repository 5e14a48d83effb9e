// A form answered with problems lists them all above the form (fragments/fields :: errorSummary),
// each linking to its field. On a phone the summary is rarely what the student looks for: the page
// scrolls to the first field in error. Following a link puts the cursor into that field.
(function () {
  'use strict';

  function control(field) {
    if (!field) { return null; }
    if (field.matches('input, select, textarea')) { return field; }
    return field.querySelector('input:not([type=hidden]), select, textarea');
  }

  function focusField(field) {
    var input = control(field);
    if (input && !input.disabled) {
      try { input.focus({ preventScroll: true }); } catch (e) { input.focus(); }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (!summary) { return; }
    summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var field = document.getElementById(link.getAttribute('href').substring(1));
        if (!field) { return; }
        event.preventDefault();
        field.scrollIntoView({ block: 'start' });
        focusField(field);
      });
    });
    var first = document.querySelector('.field.has-error');
    if (first && window.matchMedia('(max-width: 600px)').matches) {
      first.scrollIntoView({ block: 'start' });
    }
  });
})();
