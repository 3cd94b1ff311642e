// The candidate's one question ("has your referent contacted you?"): the token is in the fragment and goes
// in a header; opening the page changes nothing, one click answers.
'use strict';

(() => {
  const token = location.hash.slice(1);
  const status = document.getElementById('status');
  const form = document.getElementById('form');
  const error = document.getElementById('error');

  async function call(method, body) {
    const response = await fetch('/links/candidate', {
      method,
      headers: Object.assign({ 'X-Link-Token': token }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    return { ok: response.ok, status: response.status, body: await response.json().catch(() => ({})) };
  }

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
