// Choosing one's password from the invitation's link (lien-personnel.js carries its token).
'use strict';

(() => {
  const status = document.getElementById('status');
  const form = document.getElementById('form');
  const error = document.getElementById('error');

  const call = personalLink('/links/password');

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
