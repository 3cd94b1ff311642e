// PCPE Workflow: each task list first opens sorted by due date (what is late comes first). Tasklist puts
// its own default (newest first) in the address; the first time a list is shown in this session, that
// default becomes the due date. A person may still sort otherwise: their choice is kept.
(function () {
  'use strict';
  var DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);
  var BY_DUE_DATE = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

  function param(hash, name) {
    var match = new RegExp('[?&]' + name + '=([^&]*)').exec(hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function sortByDueDate() {
    var hash = window.location.hash || '';
    var filter = param(hash, 'filter');
    var sorting = param(hash, 'sorting');
    var key = 'pcpe-sorted-' + filter;
    if (!filter || sessionStorage.getItem(key)) {
      return;
    }
    sessionStorage.setItem(key, 'yes');
    if (sorting === null || sorting === DEFAULT) {
      var rest = hash.replace(/([?&])sorting=[^&]*&?/, '$1').replace(/[?&]$/, '');
      window.location.replace(rest + (rest.indexOf('?') === -1 ? '?' : '&') + 'sorting=' + BY_DUE_DATE);
    }
  }

  window.addEventListener('hashchange', sortByDueDate);
  sortByDueDate();
})();
