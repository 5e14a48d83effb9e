// The collection window's countdown (campaign/window.html): the server wrote the time left; this keeps
// it current while the page stays open, against the server's clock (data-now), every ten seconds.
(function () {
  'use strict';
  function start() {
    var element = document.querySelector('[data-countdown]');
    if (!element) { return; }
    var skew = Date.now() - parseInt(element.getAttribute('data-now'), 10);
    var format = element.getAttribute('data-format');
    function render() {
      // read each time, so that a page replacing the deadline (an extension) needs no reload
      var left = parseInt(element.getAttribute('data-deadline'), 10) - (Date.now() - skew);
      if (left <= 0) {
        element.textContent = element.getAttribute('data-ended');
        return false;
      }
      var minutes = Math.floor(left / 60000);
      element.textContent = format.replace('{0}', Math.floor(minutes / 1440))
        .replace('{1}', Math.floor(minutes / 60) % 24)
        .replace('{2}', minutes % 60);
      return true;
    }
    if (render()) {
      var timer = setInterval(function () { if (!render()) { clearInterval(timer); } }, 10000);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
