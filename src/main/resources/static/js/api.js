// What every staff page shares: a call to the app's API with the webapps' session, its answer or its
// French refusal as an error.
'use strict';

// eslint-disable-next-line no-unused-vars
async function pcpeApi(path, options) {
  const headers = Object.assign({ 'X-Requested-With': 'pcpe-page' },
    options && options.body ? { 'Content-Type': 'application/json' } : {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    // an RFC 9457 problem: its detail says in French what is wrong (each refused field's own message)
    throw new Error(body.detail || 'Cette page ne vous est pas ouverte : connectez-vous à votre espace PCPE.');
  }
  return body;
}

// A table cell showing a text (never read as HTML).
// eslint-disable-next-line no-unused-vars
function pcpeCell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

// The candidates whose name contains what is typed in #name (those the user may see), listed in #found as
// buttons; choose(candidate) gets the one clicked. Resolves to how many were found.
// eslint-disable-next-line no-unused-vars
async function pcpeFindCandidates(choose) {
  const found = await pcpeApi('/api/candidates?name=' + encodeURIComponent(document.getElementById('name').value));
  document.getElementById('found').replaceChildren(...found.map(candidate => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = candidate.name + (candidate.city ? ' (' + candidate.city + ')' : '') + ' — ' + candidate.structure;
    button.addEventListener('click', () => choose(candidate));
    li.appendChild(button);
    return li;
  }));
  if (found.length >= 20) {
    const more = document.createElement('li');
    more.textContent = 'Les 20 premières personnes de ce nom seulement (les plus récentes d\'abord) : précisez le prénom et le nom.';
    document.getElementById('found').appendChild(more);
  }
  return found.length;
}
