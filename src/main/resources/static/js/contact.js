// The candidate's one question ("has your referent contacted you?"): the token is in the fragment and goes
// in a header; opening the page changes nothing, one click answers.
'use strict';

(() => {
  const status = document.getElementById('status');
  const form = document.getElementById('form');
  const error = document.getElementById('error');

  const call = personalLink('/links/candidate');

  call('GET').then(({ ok, body }) => {
    if (!ok) {
      status.textContent = body.message || 'Ce lien ne peut pas être utilisé.';
      return;
    }
    document.getElementById('firstName').textContent = body.firstName;
    document.getElementById('structureName').textContent = body.structureName;
    status.textContent = '';
    form.hidden = false;
  }).catch(() => { status.textContent = 'Le service ne répond pas. Réessayez dans un moment.'; });

  async function answer(contacted) {
    error.textContent = '';
    const { status: code, body } = await call('POST', { contacted });
    if (code === 400) {
      error.textContent = body.message;
      return;
    }
    form.hidden = true;
    status.textContent = body.message || 'Le service ne répond pas. Réessayez dans un moment.';
  }

  document.getElementById('yes').addEventListener('click', () => answer(true));
  document.getElementById('no').addEventListener('click', () => answer(false));
})();
