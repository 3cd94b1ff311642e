    const stages = { IDEA: 'Idée', OPPORTUNITY_STUDY: "Étude d'opportunité", PRE_MODEL: 'Pré-maquette',
      TERRITORY_PARTNERS: 'Territoire et partenaires', FUNDING: 'Financement', EXPERIMENTATION: 'Expérimentation',
      EVALUATION: 'Évaluation et capitalisation' };
    const statuses = { ACTIVE: 'en cours', ABANDONED: 'abandonné', CAPITALISED: 'capitalisé' };
    fetch('/api/projects', { headers: { 'X-Requested-With': 'pcpe-page' } }).then(async response => {
      const status = document.getElementById('status');
      if (!response.ok) { status.textContent = (await response.json().catch(() => ({}))).message || 'Cette page ne vous est pas ouverte.'; return; }
      const rows = await response.json();
      status.textContent = rows.length + ' projet(s).';
      document.getElementById('rows').replaceChildren(...rows.map(row => {
        const tr = document.createElement('tr');
        tr.className = row.status + (row.status === 'ACTIVE' && row.daysSinceLastMove >= 90 ? ' late' : '');
        [row.reference, row.name, row.lead, stages[row.stage], statuses[row.status], row.daysSinceLastMove,
          [row.abandonReason, row.lessonsLearned].filter(Boolean).join(' — ')].forEach(value => {
          const td = document.createElement('td');
          td.textContent = value;
          tr.appendChild(td);
        });
        return tr;
      }));
    });
  
