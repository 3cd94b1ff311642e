// PCPE Workflow: Tasklist's icon-only buttons and links get a name that screen readers say (its tooltip, or what
// the icon does), and its search field the role its ARIA attributes belong to, whenever Angular redraws them
// (axe-core, WCAG 2.1 AA: button-name, link-name, aria-allowed-attr; TasklistAccessibilityBrowserTest).
(function () {
  'use strict';
  var NAMES = [
    ['button.region-toggle[data-region="filters"]', 'Afficher ou masquer les filtres'],
    ['button.region-toggle[data-region="list"]', 'Afficher ou masquer la liste des tâches'],
    ['button.region-toggle[data-region="task"]', 'Afficher ou masquer la tâche'],
    ['button.maximize', 'Agrandir la tâche'],
    ['.app-switch > .dropdown-toggle', 'Applications Camunda'],
    ['.new-sort > .dropdown-toggle', 'Ajouter un critère de tri'],
    ['button.dropdown-toggle[ng-disabled]', 'Recherches enregistrées'],
    ['.task-filter .actions a', 'Détails du filtre'],
    ['a.instance-link', 'Voir la démarche dans Cockpit']
  ];

  function hasName(element) {
    return element.hasAttribute('aria-label') || element.textContent.trim() !== ''
      || element.querySelector('img[alt]:not([alt=""])') !== null;
  }

  function name() {
    NAMES.forEach(function (entry) {
      document.querySelectorAll(entry[0]).forEach(function (element) {
        if (!element.hasAttribute('aria-label')) {
          element.setAttribute('aria-label', entry[1]);
        }
      });
    });
    document.querySelectorAll('button:not([aria-label]), a[href]:not([aria-label])').forEach(function (element) {
      var tooltip = element.getAttribute('uib-tooltip');
      if (tooltip && !hasName(element)) {
        element.setAttribute('aria-label', tooltip);
      }
    });
    document.querySelectorAll('input[uib-typeahead]:not([role])').forEach(function (input) {
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-label', input.getAttribute('placeholder') || 'Rechercher');
    });
  }

  var pending = false;
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        name();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
