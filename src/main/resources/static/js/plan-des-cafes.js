// The year's plan of Cafés Contact Emploi: its target, the cafés held and expected by now, the calendar by commune,
// each planned café started from here.
'use strict';

(() => {
  const status = document.getElementById('status');
  const yearInput = document.getElementById('year');
  yearInput.value = new Date().getFullYear();

  function show(year) {
    document.getElementById('summary').textContent = year.held + ' café(s) tenu(s) en ' + year.year + ' sur un objectif de '
      + year.target + ' ; ' + year.expectedByNow + ' attendu(s) à ce jour ; ' + year.plannedCount + ' prévu(s) au calendrier.';
    document.getElementById('target').value = year.target;
    document.getElementById('calendar-title').textContent = 'Le calendrier ' + year.year;
    document.getElementById('rows').replaceChildren(...year.planned.map(cafe => {
      const tr = document.createElement('tr');
      tr.append(pcpeCell(cafe.day), pcpeCell(cafe.commune), pcpeCell(cafe.venue || '—'),
        pcpeCell(cafe.coOrganisers || '—'), pcpeCell(cafe.state + (cafe.cceReference ? ' (' + cafe.cceReference + ')' : '')));
      const action = document.createElement('td');
      if (cafe.startable) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Lancer';
        button.setAttribute('aria-label', 'Lancer le café de ' + cafe.commune + ' du ' + cafe.day);
        button.addEventListener('click', () => start(cafe));
        action.appendChild(button);
      } else {
        action.textContent = '—';
      }
      tr.appendChild(action);
      return tr;
    }));
    if (!year.planned.length) {
      const cell = document.getElementById('rows').insertRow().insertCell();
      cell.colSpan = 6;
      cell.textContent = 'Aucun café prévu cette année : ajoutez-en ci-dessous.';
    }
    document.getElementById('plan').hidden = false;
  }

  async function run(action, done) {
    try {
      show(await action());
      status.textContent = done;
      return true;
    } catch (error) {
      status.textContent = error.message;
      return false;
    }
  }

  const year = () => yearInput.value;

  async function start(cafe) {
    try {
      const started = await pcpeApi('/api/cce-plan/cafes/' + cafe.id + '/start', { method: 'POST', body: '{}' });
      show(await pcpeApi('/api/cce-plan/' + year()));
      status.textContent = 'Café de ' + cafe.commune + ' lancé : ' + started.reference
        + '. La tâche « Organiser le Café Contact Emploi » attend la coordination.';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  document.getElementById('choose-year').addEventListener('submit', event => {
    event.preventDefault();
    run(() => pcpeApi('/api/cce-plan/' + year()), '');
  });
  document.getElementById('target-form').addEventListener('submit', event => {
    event.preventDefault();
    run(() => pcpeApi('/api/cce-plan/' + year(), { method: 'PUT',
      body: JSON.stringify({ target: Number(document.getElementById('target').value) }) }), 'Objectif enregistré.');
  });
  document.getElementById('add-form').addEventListener('submit', event => {
    event.preventDefault();
    const cafe = {};
    ['commune', 'day', 'venue', 'coOrganisers'].forEach(id => { cafe[id] = document.getElementById(id).value || null; });
    run(() => pcpeApi('/api/cce-plan/' + year() + '/cafes', { method: 'POST', body: JSON.stringify(cafe) }),
      'Café ajouté au plan.').then(added => {
      if (added) {
        document.getElementById('add-form').reset();
      }
    });
  });
  run(() => pcpeApi('/api/cce-plan/' + year()), '');
})();
