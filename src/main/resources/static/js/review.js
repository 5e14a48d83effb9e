// Review pages: a quick-pick rejection reason fills the comment box (the reviewer can still edit it), and
// the queue's select-all box ticks every item on the page that the reviewer may decide.
(function () {
  'use strict';
  function boxes(selectAll) {
    return Array.prototype.slice.call(
      selectAll.form.querySelectorAll('input[type=checkbox][name="' + selectAll.getAttribute('data-select-all') + '"]'));
  }

  document.addEventListener('change', function (event) {
    var selectAll = event.target.closest('[data-select-all]');
    if (selectAll) {
      boxes(selectAll).forEach(function (box) { box.checked = selectAll.checked; });
      return;
    }
    var form = event.target.form;
    var all = form && form.querySelector('[data-select-all]');
    if (all && event.target.name === all.getAttribute('data-select-all')) {
      var ticked = boxes(all).filter(function (box) { return box.checked; }).length;
      all.checked = ticked > 0 && ticked === boxes(all).length;
      all.indeterminate = ticked > 0 && !all.checked;
    }
  });

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
