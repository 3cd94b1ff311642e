// PCPE Workflow: Cockpit in French for the coordinators (locales/fr.json, written by the project).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'PCPE'
  },
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  }
};
