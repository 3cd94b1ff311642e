// The services directory: the network searches it by commune, audience and theme; a structure's people also
// write their own page below.
'use strict';

(() => {
  const status = document.getElementById('status');
  const results = document.getElementById('results');

  function line(label, text) {
    const p = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = label + ' : ';
    p.append(strong, text || '—');
    return p;
  }

  function card(listing) {
    const article = document.createElement('article');
    article.className = 'directory-page';
    const title = document.createElement('h2');
    title.textContent = listing.structureName + ' — ' + listing.serviceName;
    const description = document.createElement('p');
    description.textContent = listing.description;
    const contact = [listing.contactName, listing.contactEmail, listing.contactPhone].filter(part => part).join(', ');
    article.append(title, line('Type de structure', listing.structureType), description,
      line('Thèmes', listing.themes.join(', ')), line('Publics', listing.audiences.join(', ')),
      line('Communes', listing.communes), line('Pour orienter', listing.howToRefer), line('Contact', contact),
      line('Mise à jour le', listing.updatedOn));
    return article;
  }

  async function search(event) {
    if (event) {
      event.preventDefault();
    }
    const query = new URLSearchParams();
    ['commune', 'audience', 'theme'].forEach(id => {
      const value = document.getElementById(id).value.trim();
      if (value) {
        query.set(id, value);
      }
    });
    status.textContent = 'Recherche…';
    try {
      const found = await pcpeApi('/api/directory?' + query);
      results.replaceChildren(...found.map(card));
      status.textContent = found.length ? found.length + ' structure(s).' : 'Aucune structure ne correspond.';
    } catch (error) {
      results.replaceChildren();
      status.textContent = error.message;
    }
  }

  document.getElementById('search').addEventListener('submit', search);
  search();
  // a structure's people write their own page; others (the coordination) read only
  DirectoryForm.open('/api/directory/mine', {}, 'PUT').then(open => {
    document.getElementById('own').hidden = !open;
  });
})();
