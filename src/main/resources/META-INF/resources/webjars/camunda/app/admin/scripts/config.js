// PCPE Workflow: Admin in French for everybody (locales/fr.json, written by the project).
export default {
  app: {
    name: 'Administration',
    vendor: 'PCPE'
  },
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  }
};
