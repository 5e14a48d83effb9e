// Review detail page: a quick-pick rejection reason fills the comment box (the reviewer can still edit it).
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.quick-reason');
    if (!button) { return; }
    var comment = document.getElementById('comment');
    if (comment) {
      comment.value = button.getAttribute('data-reason');
      comment.focus();
    }
  });
})();
