// PCPE Workflow: form-js (Camunda Forms in Tasklist) writes its field errors in English, sometimes with a
// regular expression. People read them in French; the server's refusal then says precisely what is wrong.
(function () {
  'use strict';
  var FRENCH = [
    [/^Field is required\.?$/, 'Champ obligatoire.'],
    [/^Field must have minimum length of (\d+)\.?$/, 'Au moins $1 caractères.'],
    [/^Field must have maximum length of (\d+)\.?$/, 'Au plus $1 caractères.'],
    [/^Field must have minimum value of (.+?)\.?$/, 'Au moins $1.'],
    [/^Field must have maximum value of (.+?)\.?$/, 'Au plus $1.'],
    [/^Field must be a valid email\.?$/, 'Adresse e-mail non valide.'],
    [/^Field must be a valid phone number\.?$/, 'Numéro de téléphone non valide.'],
    [/^Field must be a valid  ?url\.?$/i, 'Adresse web non valide.'],
    [/^Field must match pattern .*$/, 'Valeur au mauvais format.'],
    [/^Value is not a number\.?$/, 'Indiquez un nombre.'],
    [/^Field must be .*$/, 'Valeur à corriger.']
  ];

  function translate(node) {
    var text = node.nodeValue && node.nodeValue.trim();
    if (!text) {
      return;
    }
    for (var i = 0; i < FRENCH.length; i++) {
      if (FRENCH[i][0].test(text)) {
        node.nodeValue = text.replace(FRENCH[i][0], FRENCH[i][1]);
        return;
      }
    }
  }

  function translateErrors(root) {
    var errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [];
    for (var i = 0; i < errors.length; i++) {
      var walker = document.createTreeWalker(errors[i], NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        translate(walker.currentNode);
      }
    }
  }

  new MutationObserver(function () {
    translateErrors(document);
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
