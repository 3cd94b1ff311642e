// PCPE Workflow: Tasklist's header has a menu "Pages du PCPE" with the pages of the PCPE's site that the person
// may open (late follow-ups, journeys, pool, impact…), read from /site/navigation once they are logged in. Whoever has no
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
        var pages = links.filter(function (link) { return !link.current; });
        if (current && !current.querySelector('.' + ITEM) && pages.length) {
          // one menu, so that the header keeps its height and hides nothing of Tasklist's columns
          var item = document.createElement('li');
          item.className = ITEM;
          var menu = document.createElement('details');
          var summary = document.createElement('summary');
          summary.textContent = 'Pages du PCPE';
          var list = document.createElement('ul');
          pages.forEach(function (link) {
            var entry = document.createElement('li');
            var anchor = document.createElement('a');
            anchor.href = link.href;
            anchor.textContent = link.label;
            entry.appendChild(anchor);
            list.appendChild(entry);
          });
          menu.append(summary, list);
          item.appendChild(menu);
          current.appendChild(item);
        }
      })
      .catch(function () { /* Tasklist works without the links */ })
      .then(function () { loading = false; });
  }

  // the menu closes when the person clicks elsewhere or presses Escape
  function close(event) {
    document.querySelectorAll('li.' + ITEM + ' details[open]').forEach(function (menu) {
      if (event.type === 'keydown' ? event.key === 'Escape' : !menu.contains(event.target)) {
        menu.removeAttribute('open');
      }
    });
  }
  document.addEventListener('click', close);
  document.addEventListener('keydown', close);

  new MutationObserver(ensure).observe(document.documentElement, { childList: true, subtree: true });
  ensure();
})();
