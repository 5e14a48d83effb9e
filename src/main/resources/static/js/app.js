// GradVerify shared page behaviour (no framework; pages work without it where they can). The
// Content-Security-Policy allows no inline script or style, so what pages need of either is here.
(function () {
  'use strict';
  var DRAFT_PREFIX = 'gradverify.draft.';

  // Form drafts in the tab's sessionStorage (see session-guard.js); storage may be unavailable
  // (private modes, full), in which case forms simply work without drafts.
  var drafts = {
    read: function (key) {
      try { return JSON.parse(window.sessionStorage.getItem(DRAFT_PREFIX + key)); } catch (e) { return null; }
    },
    write: function (key, draft) {
      try { window.sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(draft)); } catch (e) { /* no drafts */ }
    },
    remove: function (key) {
      try { window.sessionStorage.removeItem(DRAFT_PREFIX + key); } catch (e) { /* nothing stored */ }
    },
    clear: function () {
      try {
        Object.keys(window.sessionStorage)
          .filter(function (name) { return name.indexOf(DRAFT_PREFIX) === 0; })
          .forEach(function (name) { window.sessionStorage.removeItem(name); });
      } catch (e) { /* nothing stored */ }
    }
  };

  window.gradverify = {
    // Expose the CSRF header for fetch() calls made by page scripts.
    csrfHeaders: function () {
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      var headers = {};
      if (token && header) { headers[header.content] = token.content; }
      return headers;
    },
    drafts: drafts,
    // For fetch() in page scripts: a 401 means the session ended, which the session guard shows.
    checkSession: function (response) {
      if (response.status === 401) { document.dispatchEvent(new CustomEvent('gradverify:session-ended')); }
      return response;
    }
  };

  // Campus computers are shared: signing out removes every draft this tab kept.
  document.addEventListener('submit', function (event) {
    if (event.target.hasAttribute('data-sign-out')) { drafts.clear(); }
  });

  // A form, or the button that sends it, with data-confirm asks that question before it is sent
  // (steps that cannot be undone, such as 撤回 or 批量通过).
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var question = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); }
  });

  // Bars whose length the server rendered as data-percent (an inline style would be refused).
  document.querySelectorAll('[data-percent]').forEach(function (bar) {
    bar.style.width = bar.getAttribute('data-percent') + '%';
  });
})();
