// PCPE Workflow: Tasklist's error notices go when they no longer apply. A refused form's notice stays while
// its task is open (it says what to fix), then goes when another task opens or a submission succeeds; the
// stylesheet keeps it above the form (styles/user-styles.css), never over the "Terminer" button.
(function () {
  'use strict';

  function taskOf(href) {
    var match = /[?&]task=([^&#]+)/.exec(href);
    return match ? match[1] : null;
  }

  function dismissErrors() {
    Array.prototype.forEach.call(document.querySelectorAll(
      '.notifications .alert-danger .close, .notifications .alert-error .close, .notifications .alert-warning .close'),
    function (close) {
      close.click();
    });
  }

  var openTask = taskOf(location.href);

  function taskChanged() {
    var task = taskOf(location.href);
    if (task !== openTask) {
      openTask = task;
      dismissErrors();
    }
  }

  window.addEventListener('hashchange', taskChanged);
  new MutationObserver(function (changes) {
    taskChanged();
    // a success notice (a form submitted, a task claimed) means the errors before it are settled
    var succeeded = changes.some(function (change) {
      return Array.prototype.some.call(change.addedNodes, function (node) {
        return node.nodeType === 1 && (node.matches('.alert-success') || node.querySelector && node.querySelector('.alert-success'));
      });
    });
    if (succeeded) {
      dismissErrors();
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
