// A person's rights, for PCPE staff: find the candidate, read or download everything held about them,
// record their consent's withdrawal, erase their data.
'use strict';

(() => {
  const status = document.getElementById('status');
  const view = document.getElementById('export-view');
  let candidate = null;

  const call = pcpeApi;

  const labels = {
    candidate: 'La personne', referrals: 'Orientations', employmentChecks: 'Points sur l\'emploi avec l\'employeur',
    followUps: 'Suivis',
    cceInvitations: 'Cafés Contact Emploi', emails: 'E-mails', processHistory: 'Historique des démarches',
    actions: 'Actions sur ses données'
  };

  const fields = {
    id: 'Numéro', firstName: 'Prénom', lastName: 'Nom', email: 'E-mail', phone: 'Téléphone', city: 'Commune',
    birthDate: 'Date de naissance', rsaBeneficiary: 'Bénéficiaire du RSA', structure: 'Structure',
    consentGivenAt: 'Consentement donné le', contactConsentAt: 'Accord pour recevoir des e-mails le',
    consentWithdrawnAt: 'Consentement retiré le', lastContactAt: 'Dernier contact', anonymisedAt: 'Anonymisée le',
    reference: 'Référence', drive: 'Campagne', job: 'Poste', status: 'État', referredAt: 'Orientée le',
    comment: 'Commentaire', outcomeReason: 'Motif', outcomeComment: 'Commentaire de clôture', interviewDate: 'Entretien',
    hire: 'Embauche', contractType: 'Contrat', startDate: 'Début du contrat', weeklyHours: 'Heures par semaine',
    confirmedAt: 'Confirmée le', origin: 'Commencé après', eventDate: 'Depuis le',
    months: 'Mois après l\'embauche', dueOn: 'Prévu le', answeredAt: 'Répondu le', stillEmployed: 'Toujours en poste',
    leftOn: 'Parti(e) le', satisfaction: 'Satisfaction', metAt: 'Rencontrée le', proposal: 'Proposition',
    proposalDetails: 'Détail de la proposition', outcome: 'Issue', alerts: 'Alertes', level: 'Niveau', at: 'Le',
    raisedByCandidate: 'Lancée par la personne', cce: 'Café', date: 'Date', attended: 'Présente', to: 'Destinataire',
    subject: 'Objet', queuedAt: 'Écrit le', sentAt: 'Envoyé le', body: 'Texte', process: 'Démarche',
    businessKey: 'Référence', startedAt: 'Début', endedAt: 'Fin', steps: 'Étapes', name: 'Nom', values: 'Valeurs',
    value: 'Valeur', action: 'Action', reason: 'Motif', by: 'Par'
  };

  /** A value as people read it: dates the French way, yes or no. */
  function words(value) {
    if (typeof value === 'boolean') {
      return value ? 'oui' : 'non';
    }
    const text = String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      return text.split('-').reverse().join('/');
    }
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
      return new Date(text).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
    }
    return text;
  }

  function block(value) {
    if (value === null || value === undefined || value === '') {
      return document.createTextNode('—');
    }
    if (Array.isArray(value)) {
      const list = document.createElement('ol');
      value.forEach(item => {
        const li = document.createElement('li');
        li.appendChild(block(item));
        list.appendChild(li);
      });
      return value.length ? list : document.createTextNode('aucun');
    }
    if (typeof value === 'object') {
      const dl = document.createElement('dl');
      Object.entries(value).forEach(([key, inner]) => {
        const dt = document.createElement('dt');
        dt.textContent = fields[key] || key;
        const dd = document.createElement('dd');
        dd.appendChild(block(inner));
        dl.append(dt, dd);
      });
      return dl;
    }
    const span = document.createElement('span');
    span.textContent = words(value);
    span.style.whiteSpace = 'pre-wrap';
    return span;
  }

  function reason() {
    return document.getElementById('reason').value;
  }

  async function exportData() {
    try {
      const data = await call('/api/candidates/' + candidate.id + '/export?reason=' + reason());
      view.replaceChildren(...Object.entries(data).flatMap(([key, value]) => {
        const h3 = document.createElement('h3');
        h3.textContent = labels[key] || key;
        return [h3, block(value)];
      }));
      const download = document.getElementById('download');
      download.href = '/api/candidates/' + candidate.id + '/export?download=true&reason=' + reason();
      download.hidden = false;
      status.textContent = '';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  async function act(path, question) {
    if (!window.confirm(question)) {
      return;
    }
    try {
      const answer = await call('/api/candidates/' + candidate.id + path, {
        method: 'POST', body: JSON.stringify({ reason: reason() })
      });
      view.replaceChildren();
      status.textContent = answer.message;
    } catch (error) {
      status.textContent = error.message;
    }
  }

  async function find() {
    try {
      const count = await pcpeFindCandidates(person => {
        candidate = person;
        document.getElementById('who').textContent = person.name + ' — ' + person.structure;
        document.getElementById('person').hidden = false;
        document.getElementById('download').hidden = true;
        view.replaceChildren();
      });
      status.textContent = count ? '' : 'Personne de ce nom.';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  document.getElementById('find').addEventListener('click', find);
  document.getElementById('export').addEventListener('click', exportData);
  document.getElementById('withdraw').addEventListener('click', () => act('/consent-withdrawal',
    'Enregistrer le retrait du consentement ? Plus aucun e-mail, plus aucune démarche nouvelle, ses démarches en cours seront closes.'));
  document.getElementById('erase').addEventListener('click', () => act('/erasure',
    'Effacer pour de bon l\'identité, les coordonnées, les commentaires, les e-mails et l\'historique de cette personne ?'));
})();
