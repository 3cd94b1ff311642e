// PCPE Workflow: Camunda Forms (form-js) in Tasklist, for French people. Its field errors are written in
// English, sometimes with a regular expression: they are said in French (the server's refusal then says
// precisely what is wrong). Its date fields read and show dates as MM/DD/YYYY: they use DD/MM/YYYY. Its
// selects say "Select" and "Search": they say it in French.
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

  /** form-js's date pickers (flatpickr) take and show dates the French way, the week from Monday. */
  function frenchDates(root) {
    var inputs = root.querySelectorAll ? root.querySelectorAll('.fjs-form input') : [];
    for (var i = 0; i < inputs.length; i++) {
      var picker = inputs[i]._flatpickr;
      if (picker && picker.config.dateFormat !== 'd/m/Y') {
        picker.set('dateFormat', 'd/m/Y');
        picker.set('locale', { firstDayOfWeek: 1 });
        if (picker.selectedDates.length) {
          picker.setDate(picker.selectedDates[0], false);
        }
      }
    }
  }

  /** form-js's own words in selects ("Select", "Search", "No results", "All values selected"). */
  var WORDS = { 'Select': 'Choisir…', 'No results': 'Aucun résultat', 'All values selected': 'Toutes les valeurs sont choisies' };
  function frenchWords(root) {
    var shown = root.querySelectorAll ? root.querySelectorAll('.fjs-select-placeholder, .fjs-dropdownlist-empty') : [];
    for (var i = 0; i < shown.length; i++) {
      // the text node itself changes (form-js keeps it and writes the chosen value into it later)
      var text = shown[i].firstChild;
      if (text && text.nodeType === Node.TEXT_NODE && WORDS[text.nodeValue.trim()]) {
        text.nodeValue = WORDS[text.nodeValue.trim()];
      }
    }
    var searches = root.querySelectorAll ? root.querySelectorAll('.fjs-form input[placeholder="Search"]') : [];
    for (var j = 0; j < searches.length; j++) {
      searches[j].setAttribute('placeholder', 'Rechercher…');
    }
    // a date field says how to write a date the French way, claimed or not (its picker reads d/m/Y)
    var dates = root.querySelectorAll ? root.querySelectorAll(
      '.fjs-form input[placeholder="mm/dd/yyyy"], .fjs-form input[placeholder="dd/mm/yyyy"]') : [];
    for (var k = 0; k < dates.length; k++) {
      dates[k].setAttribute('placeholder', 'jj/mm/aaaa');
    }
  }

  new MutationObserver(function () {
    translateErrors(document);
    frenchDates(document);
    frenchWords(document);
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
