// An employer's page of every candidate waiting for their answer, opened from a personal link (no account):
// each row leads to the decision page of that candidate, with its own single-use link.
'use strict';

(async () => {
  const status = document.getElementById('status');
  const { ok, body, said } = await personalLink('/links/employer/overview')('GET');
  if (!ok) {
    status.textContent = said || 'Ce lien ne peut pas être utilisé.';
    return;
  }
  document.getElementById('title').textContent = 'Vos candidatures en attente — ' + body.employerName;
  const rows = document.querySelector('#pending tbody');
  for (const item of body.pending) {
    const row = rows.insertRow();
    [item.candidateName, item.driveTitle, item.step, item.dueDay + (item.late ? ' (en retard)' : '')]
      .forEach((text) => { row.insertCell().textContent = text; });
    const answer = document.createElement('a');
    answer.href = 'decision-employeur.html' + new URL(item.decisionUrl).hash; // this site, whatever its address
    answer.textContent = 'Répondre';
    answer.setAttribute('aria-label', 'Répondre — ' + item.candidateName);
    row.insertCell().appendChild(answer);
  }
  document.getElementById('pending').hidden = body.pending.length === 0;
  status.textContent = body.pending.length === 0 ? 'Aucune candidature n\'attend votre réponse. Merci !'
    : body.pending.length + ' candidature(s) attendent votre réponse.';
})();
