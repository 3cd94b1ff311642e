// The late follow-ups: each structure sees its own, the coordination all of them, and acts on each from here
// (remind the referent, hand the follow-up to another referent, take the late step over).
'use strict';

(() => {
  const status = document.getElementById('status');
  const withActions = document.getElementById('late').dataset.actions === 'true';

  function button(label, name, act) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.setAttribute('aria-label', label + ' — ' + name);
    element.addEventListener('click', async () => {
      try {
        status.textContent = await act();
      } catch (error) {
        status.textContent = error.message;
      }
    });
    return element;
  }

  function actionsCell(row) {
    const td = document.createElement('td');
    const path = '/api/follow-ups/' + encodeURIComponent(row.reference);
    const remind = button('Relancer', row.candidateName, async () => {
      await pcpeApi(path + '/reminder', { method: 'POST', body: '{}' });
      return row.referent + ' est relancé(e) par e-mail pour le suivi de ' + row.candidateName + '.';
    });
    const takeOver = button('Reprendre', row.candidateName, async () => {
      await pcpeApi(path + '/take-over', { method: 'POST', body: '{}' });
      return 'L\'étape en retard du suivi de ' + row.candidateName + ' est à vous, dans « Mes tâches ».';
    });
    const select = document.createElement('select');
    select.setAttribute('aria-label', 'Confier le suivi de ' + row.candidateName + ' à');
    select.appendChild(new Option('Confier à…', ''));
    select.addEventListener('focus', async () => {
      if (select.options.length > 1) {
        return;
      }
      try {
        (await pcpeApi(path + '/referents')).forEach(person => select.appendChild(new Option(person.label, person.value)));
        if (select.options.length === 1) {
          select.options[0].textContent = 'Personne d\'autre dans la structure';
        }
      } catch (error) {
        status.textContent = error.message;
      }
    });
    const handTo = button('Confier', row.candidateName, async () => {
      const chosen = select.options[select.selectedIndex];
      await pcpeApi(path + '/referent', { method: 'POST', body: JSON.stringify({ referentUserId: select.value }) });
      await load();
      return 'Le suivi de ' + row.candidateName + ' est confié à ' + chosen.textContent + ', prévenu(e) par e-mail.';
    });
    td.append(remind, ' ', select, ' ', handTo, ' ', takeOver);
    return td;
  }

  async function load() {
    const level = document.getElementById('level').value;
    const response = await fetch('/api/follow-ups/overdue?size=200' + (level ? '&level=' + level : ''),
      { headers: { 'X-Requested-With': 'pcpe-page' } });
    if (!response.ok) {
      status.textContent = (await response.json().catch(() => ({}))).detail || 'Cette page ne vous est pas ouverte.';
      return;
    }
    const rows = await response.json();
    const total = Number(response.headers.get('X-Total-Count') || rows.length);
    status.textContent = total + ' suivi(s) en retard' + (total > rows.length ? ' ; les ' + rows.length + ' plus urgents ci-dessous.' : '.');
    document.getElementById('rows').replaceChildren(...rows.map(row => {
      const tr = document.createElement('tr');
      tr.className = row.escalationLevel;
      tr.append(...[row.reference, row.candidateName, row.structure, row.referent, row.stepLabel, row.levelLabel,
        row.daysWithoutContact].map(pcpeCell));
      if (withActions) {
        tr.appendChild(actionsCell(row));
      }
      return tr;
    }));
  }

  document.getElementById('refresh').addEventListener('click', load);
  load();
})();
