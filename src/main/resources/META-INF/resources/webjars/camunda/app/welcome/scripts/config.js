// PCPE Workflow: the Welcome page in French for everybody (locales/fr.json), with the PCPE's own pages.
export default {
  app: {
    name: 'Accueil',
    vendor: 'PCPE'
  },
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  },
  links: [
    { label: 'Suivis en retard', href: '/suivis-en-retard.html', description: 'Les suivis après un Café Contact Emploi dont une étape est en retard' },
    { label: 'Parcours d\'un candidat', href: '/parcours.html', description: 'Retrouver une personne par son nom et voir ses orientations, suivis et embauches' },
    { label: 'Vivier de candidats', href: '/vivier.html', description: 'Les candidats non embauchés gardés pour une prochaine campagne, à orienter en un clic' },
    { label: 'L\'hebdo du PCPE', href: '/hebdo', description: 'Les offres d\'emploi ouvertes de la semaine, et les hebdos précédents' },
    { label: 'Impact', href: '/impact', description: 'Pour la coordination : les chiffres du PCPE par période et par commune, et l\'infographie à imprimer' },
    { label: 'Projets incubés', href: '/projets-incubes.html', description: 'Les projets en incubation et leurs étapes' },
    { label: 'Données personnelles', href: '/donnees-personnelles.html', description: 'Pour la coordination : exporter, effacer les données d\'un candidat, enregistrer le retrait de son consentement' },
    { label: 'Le réseau', href: '/reseau.html', description: 'Pour la coordination : structures, employeurs et leurs personnes' }
  ]
};
