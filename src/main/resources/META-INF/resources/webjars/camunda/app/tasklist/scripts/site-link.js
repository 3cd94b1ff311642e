// PCPE Workflow: Tasklist's header links to the pages of the PCPE's site that the person may open (late
// follow-ups, journeys, pool, impact…), read from /site/navigation once they are logged in. Whoever has no
// such page (an employer) starts nothing either: the header's "Lancer une démarche" is hidden for them.
(function () {
  'use strict';
  var ITEM = 'pcpe-site';
  var loading = false;

  function headerList() {
    return document.querySelector('[cam-widget-header] ul[cam-if-logged-in]');
  }

  function ensure() {
    var list = headerList();
    if (!list || loading || list.querySelector('.' + ITEM)) {
      return;
    }
    loading = true;
    fetch('/site/navigation', { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (links) {
        document.body.classList.toggle('pcpe-tasks-only', links.length > 0 && links.every(function (link) {
          return link.current;
        }));
        var current = headerList();
        if (current && !current.querySelector('.' + ITEM)) {
          links.filter(function (link) { return !link.current; }).forEach(function (link) {
            var item = document.createElement('li');
            item.className = ITEM;
            var anchor = document.createElement('a');
            anchor.href = link.href;
            anchor.textContent = link.label;
            item.appendChild(anchor);
            current.appendChild(item);
          });
        }
      })
      .catch(function () { /* Tasklist works without the links */ })
      .then(function () { loading = false; });
  }

  new MutationObserver(ensure).observe(document.documentElement, { childList: true, subtree: true });
  ensure();
})();
