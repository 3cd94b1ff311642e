// Choosing one's password from the invitation's link: the token is in the fragment and goes in a header.
'use strict';

(() => {
  const token = location.hash.slice(1);
  const status = document.getElementById('status');
  const form = document.getElementById('form');
  const error = document.getElementById('error');

  async function call(method, body) {
    const response = await fetch('/links/password', {
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
    document.getElementById('login').textContent = body.login;
    status.textContent = '';
    form.hidden = false;
  }).catch(() => { status.textContent = 'Le service ne répond pas. Réessayez dans un moment.'; });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const password = document.getElementById('password').value;
    if (password !== document.getElementById('confirmation').value) {
      error.textContent = 'Les deux mots de passe ne sont pas les mêmes.';
      return;
    }
    error.textContent = '';
    const { ok, status: code, body } = await call('POST', { password });
    if (code === 400) {
      error.textContent = body.message;
      return;
    }
    form.hidden = true;
    status.textContent = body.message;
    document.getElementById('next').hidden = !ok;
  });
})();
