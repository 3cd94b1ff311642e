// The network's listing and administration for PCPE coordinators (the browser asks for the Camunda login).
'use strict';

(() => {
  const status = document.getElementById('status');
  const when = (instant) => (instant ? new Date(instant).toLocaleString('fr-FR') : 'jamais');

  async function send(method, url, body) {
    const response = await fetch(url, {
      method, headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'pcpe-page' }, body: body ? JSON.stringify(body) : undefined,
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(answer.detail || 'Refusé.');
    }
    return answer;
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function button(label, action) {
    const element = document.createElement('button');
    element.textContent = label;
    element.addEventListener('click', () => action().then(load).catch((e) => { status.textContent = e.message; }));
    return element;
  }

  // The people of an organization, each with what the coordination may do for them.
  function peopleTable(people) {
    const table = document.createElement('table');
    table.innerHTML = '<thead><tr><th>Nom</th><th>Rôle</th><th>E-mail</th><th>Dernière connexion</th>'
      + '<th>Tâches ouvertes</th><th></th></tr></thead>';
    const body = document.createElement('tbody');
    for (const person of people) {
      const row = document.createElement('tr');
      row.className = person.active ? '' : 'inactive';
      cell(row, person.name);
      cell(row, person.roleLabel);
      cell(row, person.email || '');
      cell(row, when(person.lastLoginAt));
      cell(row, String(person.openTasks));
      const actions = cell(row, person.active ? '' : 'désactivée');
      if (person.active) {
        const edit = document.createElement('button');
        edit.textContent = 'Modifier';
        edit.setAttribute('aria-label', 'Modifier — ' + person.name);
        edit.addEventListener('click', () => editIdentity(person));
        actions.appendChild(edit);
        actions.appendChild(button('Renvoyer l\'invitation',
          () => send('POST', `/api/network/people/${encodeURIComponent(person.login)}/invitation`)));
        actions.appendChild(button('Désactiver',
          () => send('POST', `/api/network/people/${encodeURIComponent(person.login)}/deactivation`)));
      }
      body.appendChild(row);
    }
    table.appendChild(body);
    return table;
  }

  async function load() {
    const response = await fetch('/api/network', { headers: { 'X-Requested-With': 'pcpe-page' } });
    if (!response.ok) {
      status.textContent = (await response.json().catch(() => ({}))).detail || 'Réservé à la coordination du PCPE.';
      return;
    }
    const { organizations } = await response.json();
    const container = document.getElementById('organizations');
    const choice = document.getElementById('organizationChoice');
    container.replaceChildren();
    choice.replaceChildren();
    for (const organization of organizations) {
      const title = document.createElement('h2');
      title.textContent = `${organization.name}${organization.city ? ' (' + organization.city + ')' : ''} — ${organization.kindLabel}`
        + (organization.active ? '' : ' — désactivée');
      container.appendChild(title);
      if (organization.kind === 'STRUCTURE' && organization.active) {
        container.appendChild(button('Désactiver la structure',
          () => send('POST', `/api/network/structures/${organization.id}/deactivation`)));
      }
      if (organization.people.length === 0) {
        const nobody = document.createElement('p');
        nobody.textContent = 'Personne n\'y est encore invité : « Inviter une personne », plus bas, lui envoie son invitation.';
        container.appendChild(nobody);
      } else {
        container.appendChild(peopleTable(organization.people));
      }
      if (organization.active) {
        const option = document.createElement('option');
        option.value = organization.id;
        option.textContent = `${organization.name} (${organization.kindLabel.toLowerCase()})`;
        choice.appendChild(option);
      }
    }
    status.textContent = `${organizations.length} structure(s) et employeur(s).`;
  }

  /** The coordination changes a person's name or email in the form below the listing. */
  function editIdentity(person) {
    const form = document.getElementById('identityForm');
    form.hidden = false;
    form.dataset.login = person.login;
    document.getElementById('identityWho').textContent = person.name + ' — ' + person.roleLabel;
    form.elements.firstName.value = person.firstName || '';
    form.elements.lastName.value = person.lastName || '';
    form.elements.email.value = person.email || '';
    form.elements.firstName.focus();
  }

  document.getElementById('identityForm').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    send('PUT', `/api/network/people/${encodeURIComponent(form.dataset.login)}`,
      Object.fromEntries(new FormData(form).entries()))
      .then(() => { form.hidden = true; return load(); })
      .then(() => {
        status.textContent = 'Modifié : la personne en est informée à son ancienne et à sa nouvelle adresse.';
      })
      .catch((e) => { status.textContent = e.message; });
  });

  function submitAs(formId, url, convert) {
    document.getElementById(formId).addEventListener('submit', (event) => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(event.target).entries());
      send('POST', url, convert(values))
        .then(() => { event.target.reset(); return load(); })
        .then(() => { status.textContent = 'Enregistré.'; })
        .catch((e) => { status.textContent = e.message; });
    });
  }

  submitAs('structureForm', '/api/network/structures', (values) => values);
  submitAs('personForm', '/api/network/people', (values) => ({ ...values, organizationId: Number(values.organizationId) }));
  load();
})();
