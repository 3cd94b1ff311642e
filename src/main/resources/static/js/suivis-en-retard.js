    const levels = { REMINDER: 'rappel au référent', HEAD: 'direction de la structure', COORDINATORS: 'coordination PCPE' };
    const steps = { MEET: 'rencontre', PROPOSE: 'proposition', CHECK_IN: 'point mensuel' };
    async function load() {
      const level = document.getElementById('level').value;
      const response = await fetch('/api/follow-ups/overdue?size=200' + (level ? '&level=' + level : ''),
        { headers: { 'X-Requested-With': 'pcpe-page' } });
      const status = document.getElementById('status');
      if (!response.ok) { status.textContent = (await response.json().catch(() => ({}))).message || 'Cette page ne vous est pas ouverte.'; return; }
      const rows = await response.json();
      const total = Number(response.headers.get('X-Total-Count') || rows.length);
      status.textContent = total + ' suivi(s) en retard' + (total > rows.length ? ' ; les ' + rows.length + ' plus urgents ci-dessous.' : '.');
      const body = document.getElementById('rows');
      body.replaceChildren(...rows.map(row => {
        const tr = document.createElement('tr');
        tr.className = row.escalationLevel;
        [row.reference, row.candidateName, row.structure, row.referent, steps[row.step] || row.step,
          levels[row.escalationLevel], row.daysWithoutContact].forEach(value => {
          const td = document.createElement('td');
          td.textContent = value;
          tr.appendChild(td);
        });
        return tr;
      }));
    }
    document.getElementById('refresh').addEventListener('click', load);
    load();
  
