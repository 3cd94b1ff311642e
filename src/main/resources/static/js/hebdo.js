// A week's hebdo (/hebdo/2026-48), for the network's logged-in people, and the list of the others.
'use strict';

(() => {
  const status = document.getElementById('status');
  const contracts = { CDI: 'CDI', CDD: 'CDD', INTERIM: 'Intérim', INSERTION: 'Contrat d\'insertion' };

  const get = pcpeApi;

  function frenchDate(iso) {
    if (!iso) {
      return '';
    }
    const [year, month, day] = iso.split('-');
    return day + '/' + month + '/' + year;
  }

  async function show() {
    const named = location.pathname.split('/').pop();
    try {
      const weeks = await get('/api/digests');
      const week = /^\d{4}-\d{2}$/.test(named) ? named : weeks[0];
      if (!week) {
        status.textContent = 'Aucun hebdo publié pour l\'instant.';
        return;
      }
      document.getElementById('weeks').replaceChildren(...weeks.map(other => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '/hebdo/' + other;
        a.textContent = other;
        li.appendChild(a);
        return li;
      }));
      const digest = await get('/api/digests/' + encodeURIComponent(week));
      document.getElementById('title').textContent = 'L\'hebdo du PCPE — ' + digest.weekLabel;
      document.getElementById('introduction').textContent = digest.introduction || '';
      document.getElementById('rows').replaceChildren(...digest.offers.map(offer => {
        const tr = document.createElement('tr');
        [offer.title, offer.employerName, offer.commune, contracts[offer.contractType] || offer.contractType,
          frenchDate(offer.closingDate)].forEach(value => {
          const td = document.createElement('td');
          td.textContent = value || '';
          tr.appendChild(td);
        });
        return tr;
      }));
      document.getElementById('offers').hidden = false;
      status.textContent = '';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  show();
})();
