// The pool of candidates not hired but suitable: list it by drive, job and structure, refer one in a click.
'use strict';

(() => {
  const status = document.getElementById('status');
  const call = pcpeApi;

  function frenchDate(iso) {
    const [year, month, day] = iso.split('-');
    return day + '/' + month + '/' + year;
  }

  function referCell(entry, openDrives) {
    const td = document.createElement('td');
    const select = document.createElement('select');
    select.setAttribute('aria-label', 'Campagne pour ' + entry.candidateName);
    select.appendChild(new Option('Choisir une campagne ouverte…', ''));
    openDrives.filter(drive => drive.value !== entry.drive)
      .forEach(drive => select.appendChild(new Option(drive.label, drive.value)));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Orienter';
    button.addEventListener('click', async () => {
      try {
        const created = await call('/api/pool/' + encodeURIComponent(entry.referral) + '/referrals', {
          method: 'POST', body: JSON.stringify({ driveReference: select.value })
        });
        status.textContent = entry.candidateName + ' est orienté(e) vers la campagne ' + created.driveReference
          + ' (orientation ' + created.reference + ').';
      } catch (error) {
        status.textContent = error.message;
      }
    });
    td.append(select, ' ', button);
    return td;
  }

  async function list(event) {
    if (event) {
      event.preventDefault();
    }
    const query = new URLSearchParams();
    ['drive', 'rome', 'structure'].forEach(name => {
      const value = document.getElementById(name).value.trim();
      if (value) {
        query.set(name, value);
      }
    });
    try {
      const pool = await call('/api/pool?' + query.toString());
      document.getElementById('rows').replaceChildren(...pool.entries.map(entry => {
        const tr = document.createElement('tr');
        tr.append(pcpeCell(entry.candidateName), pcpeCell(entry.structure),
          pcpeCell(entry.jobTitle + ' (' + entry.romeCode + ', ' + entry.drive + ')'), pcpeCell(frenchDate(entry.since)),
          referCell(entry, pool.openDrives));
        return tr;
      }));
      document.getElementById('pool').hidden = pool.entries.length === 0;
      status.textContent = pool.entries.length ? '' : 'Personne dans le vivier pour ces critères.';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  document.getElementById('filters').addEventListener('submit', list);
  list();
})();
