// PCPE Workflow: Tasklist in French for everybody (locales/fr.json, written by the project).
export default {
  app: {
    name: 'Tâches',
    vendor: 'PCPE'
  },
  // form-js writes its field errors in English: fr-forms.js says them in French, with dates as DD/MM/YYYY; lists open
  // by due date; a group task's greyed-out form says it must be claimed (claim-hint.js); the header links to the
  // PCPE's site (site-link.js); a refused form's error notice goes with its task (notices.js); a start says
  // the reference it created (created-reference.js); icon-only buttons get a name (accessible-names.js)
  customScripts: ['scripts/fr-forms.js', 'scripts/sort-by-due-date.js', 'scripts/claim-hint.js', 'scripts/site-link.js',
    'scripts/notices.js', 'scripts/created-reference.js', 'scripts/accessible-names.js'],
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'prendre en charge la tâche choisie' },
    focusFilter: { key: 'ctrl+shift+f', description: 'aller au premier filtre' },
    focusList: { key: 'ctrl+alt+l', description: 'aller à la première tâche de la liste' },
    focusForm: { key: 'ctrl+alt+f', description: 'aller au premier champ du formulaire' },
    startProcess: { key: 'ctrl+alt+p', description: 'lancer une démarche' }
  }
};
