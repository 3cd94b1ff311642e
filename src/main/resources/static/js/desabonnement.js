// One click from the hebdo's email: the personal link (token in the fragment, sent in a header) unsubscribes.
'use strict';

(() => {
  const status = document.getElementById('status');
  personalLink('/links/unsubscribe')('POST')
    .then(({ said }) => { status.textContent = said || 'Ce lien ne peut pas être utilisé.'; })
    .catch(() => { status.textContent = 'Le service ne répond pas. Réessayez dans un moment.'; });
})();
