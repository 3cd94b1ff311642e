// A candidate's timeline: find them by name, then read what happened to them, in date order.
'use strict';

(() => {
  const status = document.getElementById('status');
  const get = pcpeApi;

  function frenchDate(iso) {
    const [year, month, day] = iso.split('-');
    return day + '/' + month + '/' + year;
  }

  async function show(candidate) {
    try {
      const timeline = await get('/api/candidates/' + candidate.id + '/timeline');
      const who = document.getElementById('who');
      who.textContent = timeline.candidate + ' — ' + timeline.structure;
      who.hidden = false;
      document.getElementById('rows').replaceChildren(...timeline.entries.map(entry => {
        const tr = document.createElement('tr');
        [frenchDate(entry.date), entry.label, entry.reference].forEach(value => {
          const td = document.createElement('td');
          td.textContent = value;
          tr.appendChild(td);
        });
        return tr;
      }));
      document.getElementById('timeline').hidden = false;
      status.textContent = timeline.entries.length ? '' : 'Rien d\'enregistré pour cette personne.';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  async function find() {
    try {
      const count = await pcpeFindCandidates(show);
      status.textContent = count ? '' : 'Personne de ce nom parmi les candidats que vous suivez.';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  document.getElementById('find').addEventListener('click', find);
  document.getElementById('name').addEventListener('keydown', event => { if (event.key === 'Enter') { find(); } });
})();
