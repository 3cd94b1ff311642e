// A structure's page in the services directory: loads it from its endpoint (the account's, or the link's), shows
// each refused field's French message beside it, and says when it was saved.
'use strict';

// eslint-disable-next-line no-unused-vars
const DirectoryForm = (() => {
  const fields = ['serviceName', 'description', 'communes', 'howToRefer', 'contactName', 'contactEmail', 'contactPhone'];
  const lists = ['themes', 'audiences'];

  async function call(endpoint, headers, options) {
    const response = await fetch(endpoint, Object.assign({}, options, {
      headers: Object.assign({ 'X-Requested-With': 'pcpe-page' }, headers,
        options && options.body ? { 'Content-Type': 'application/json' } : {})
    }));
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, body };
  }

  function show(page) {
    const form = document.getElementById('page-form');
    const entry = page.entry || {};
    fields.forEach(name => {
      const value = name === 'communes' ? (entry.communes || []).join(', ') : entry[name];
      form.elements[name].value = value || '';
    });
    lists.forEach(name => form.querySelectorAll(`input[name="${name}"]`)
      .forEach(box => { box.checked = (entry[name] || []).includes(box.value); }));
    document.getElementById('own-title').textContent = 'La page de ' + page.structureName + ' dans l\'annuaire';
    document.getElementById('page-updated').textContent = page.updatedOn
      ? 'Mise à jour le ' + page.updatedOn + '.' : 'Votre structure n\'a pas encore de page : remplissez-la.';
    form.hidden = false;
  }

  function values() {
    const form = document.getElementById('page-form');
    const entry = {};
    fields.forEach(name => { entry[name] = form.elements[name].value; });
    entry.communes = entry.communes.split(',').map(commune => commune.trim()).filter(commune => commune);
    lists.forEach(name => {
      entry[name] = [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(box => box.value);
    });
    return entry;
  }

  function clearErrors() {
    document.querySelectorAll('#page-form .error').forEach(error => { error.textContent = ''; });
  }

  /** Opens the page at endpoint (GET to read it, saveMethod to save it) with these headers. */
  async function open(endpoint, headers, saveMethod) {
    const status = document.getElementById('own-status');
    const form = document.getElementById('page-form');
    const { ok, body } = await call(endpoint, headers);
    if (!ok) {
      status.textContent = body.detail || 'Cette page ne vous est pas ouverte.';
      return false;
    }
    status.textContent = '';
    show(body);
    // a field being corrected loses its message at once: no notice outlives what it was about
    form.addEventListener('input', (event) => {
      const error = document.getElementById(event.target.name + '-error');
      if (error) {
        error.textContent = '';
      }
      if (!form.querySelector('.error:not(#page-error):not(:empty)')) {
        document.getElementById('page-error').textContent = '';
      }
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors();
      status.textContent = '';
      const saved = await call(endpoint, headers, { method: saveMethod, body: JSON.stringify(values()) });
      if (saved.ok) {
        show(saved.body);
        status.textContent = 'Page enregistrée : le réseau la voit dès maintenant.';
      } else if (saved.status === 400 && saved.body.errors) {
        Object.entries(saved.body.errors).forEach(([field, message]) => {
          const error = document.getElementById(field.replace(/\[.*$/, '') + '-error');
          (error || document.getElementById('page-error')).textContent = message;
        });
        document.getElementById('page-error').textContent =
          'La page n\'est pas enregistrée : corrigez les champs signalés ci-dessus.';
      } else {
        form.hidden = true;
        status.textContent = saved.body.detail || 'La page n\'a pas pu être enregistrée.';
      }
    });
    return true;
  }

  return { open };
})();
