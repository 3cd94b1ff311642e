    fetch('/api/projects', { headers: { 'X-Requested-With': 'pcpe-page' } }).then(async response => {
      const status = document.getElementById('status');
      if (!response.ok) { status.textContent = (await response.json().catch(() => ({}))).detail || 'Cette page ne vous est pas ouverte.'; return; }
      const rows = await response.json();
      status.textContent = rows.length + ' projet(s).';
      document.getElementById('rows').replaceChildren(...rows.map(row => {
        const tr = document.createElement('tr');
        tr.className = row.status + (row.status === 'ACTIVE' && row.daysSinceLastMove >= 90 ? ' late' : '');
        [row.reference, row.name, row.lead, row.stageLabel, row.statusLabel, row.daysSinceLastMove,
          [row.abandonReason, row.lessonsLearned].filter(Boolean).join(' — ')].forEach(value => {
          const td = document.createElement('td');
          td.textContent = value;
          tr.appendChild(td);
        });
        return tr;
      }));
    });
  
