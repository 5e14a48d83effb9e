// GradVerify shared page behaviour (no framework; pages work without it where they can).
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
})();
