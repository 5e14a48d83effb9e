// GradVerify shared page behaviour (no framework; pages work without it where they can). The
// Content-Security-Policy allows no inline script or style, so what pages need of either is here.
(function () {
  'use strict';
  // Expose the CSRF header for fetch() calls made by page scripts.
  window.gradverify = {
    csrfHeaders: function () {
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      var headers = {};
      if (token && header) { headers[header.content] = token.content; }
      return headers;
    }
  };

  // A form with data-confirm asks that question before it is sent (steps that cannot be undone).
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); }
  });

  // Bars whose length the server rendered as data-percent (an inline style would be refused).
  document.querySelectorAll('[data-percent]').forEach(function (bar) {
    bar.style.width = bar.getAttribute('data-percent') + '%';
  });
})();
