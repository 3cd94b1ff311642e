// A learning visit's invitation: the token is in the fragment (never sent in a URL) and goes to the server in a
// header. The invitee says whether they come, and may change their mind until the day.
'use strict';

(() => {
  window.addEventListener('hashchange', () => location.reload());
  const token = location.hash.slice(1);
  const status = document.getElementById('status');
  const replies = { YES: 'vous venez', NO: 'vous ne venez pas' };

  async function call(options) {
    const response = await fetch('/links/visit', Object.assign({}, options, {
      headers: Object.assign({ 'X-Link-Token': token }, options && options.body ? { 'Content-Type': 'application/json' } : {})
    }));
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, body };
  }

  async function load() {
    const { ok, body } = await call();
    if (!ok) {
      status.textContent = body.message || 'Ce lien ne peut pas être utilisé.';
      document.getElementById('visit').hidden = true;
      return;
    }
    document.getElementById('title').textContent = 'Visite apprenante : ' + body.theme;
    document.getElementById('name').textContent = body.name;
    document.getElementById('theme').textContent = body.theme;
    document.getElementById('host').textContent = body.host;
    document.getElementById('day').textContent = body.day;
    document.getElementById('places').textContent = String(body.placesLeft);
    document.getElementById('reply').textContent = body.reply ? replies[body.reply] : 'pas encore de réponse';
    document.getElementById('visit').hidden = false;
  }

  async function reply(answer) {
    const { ok, body } = await call({ method: 'POST', body: JSON.stringify({ reply: answer }) });
    await load();
    status.textContent = body.message || (ok ? '' : 'Votre réponse n\'a pas pu être enregistrée.');
  }

  document.getElementById('yes').addEventListener('click', () => reply('YES'));
  document.getElementById('no').addEventListener('click', () => reply('NO'));
  load().then(() => {
    if (status.textContent === 'Chargement…') {
      status.textContent = '';
    }
  });
})();
