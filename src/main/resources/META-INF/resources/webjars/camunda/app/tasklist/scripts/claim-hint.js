// PCPE Workflow: a task offered to a group opens with its form greyed out until someone claims it, and
// Tasklist does not say why. Above such a form, this says it in French: "take it" (with the button that
// claims it) when the task waits for someone of the group, or whom it belongs to when someone else has it.
(function () {
  'use strict';
  var HINT = 'pcpe-claim-hint';

  function claimButton() {
    return document.querySelector('button.claim');
  }

  function hintFor(form) {
    var hint = document.createElement('div');
    hint.className = HINT + ' alert alert-info';
    hint.setAttribute('role', 'status');
    var claim = claimButton();
    hint.setAttribute('data-mode', claim ? 'claimable' : 'taken');
    if (claim) {
      hint.appendChild(document.createTextNode(
        'Cette tâche est proposée à votre groupe : prenez-la en charge pour remplir le formulaire. '));
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-primary btn-sm';
      button.textContent = 'Prendre en charge';
      button.addEventListener('click', function () {
        var current = claimButton();
        if (current) {
          current.click();
        }
      });
      hint.appendChild(button);
    } else {
      hint.appendChild(document.createTextNode(
        'Cette tâche est prise en charge par une autre personne : elle seule peut remplir le formulaire.'));
    }
    form.parentNode.insertBefore(hint, form);
  }

  function visibleDisabledForms() {
    return Array.prototype.filter.call(document.querySelectorAll('.disabled-form'), function (form) {
      return form.offsetParent !== null;
    });
  }

  // each visible greyed-out form has its hint just above it, saying what fits now; nothing else has one
  function upToDate(forms) {
    var mode = claimButton() ? 'claimable' : 'taken';
    return document.querySelectorAll('.' + HINT).length === forms.length && forms.every(function (form) {
      var hint = form.previousSibling;
      return hint && hint.className && hint.className.indexOf(HINT) === 0 && hint.getAttribute('data-mode') === mode;
    });
  }

  function refresh() {
    var forms = visibleDisabledForms();
    if (upToDate(forms)) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.' + HINT), function (hint) {
      hint.parentNode.removeChild(hint);
    });
    forms.forEach(hintFor);
  }

  var scheduled = false;
  new MutationObserver(function () {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(function () {
        scheduled = false;
        refresh();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
})();
