// A learning visit's invitation (lien-personnel.js carries its token): the invitee says whether they come, and
// may change their mind until the day.
'use strict';

(() => {
  const status = document.getElementById('status');
  const replies = { YES: 'vous venez', NO: 'vous ne venez pas' };
  const call = personalLink('/links/visit');

  async function load() {
    const { ok, body, said } = await call('GET');
    if (!ok) {
      status.textContent = said || 'Ce lien ne peut pas être utilisé.';
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
    const { ok, said } = await call('POST', { reply: answer });
    await load();
    status.textContent = said || (ok ? '' : 'Votre réponse n\'a pas pu être enregistrée.');
  }

  document.getElementById('yes').addEventListener('click', () => reply('YES'));
  document.getElementById('no').addEventListener('click', () => reply('NO'));
  load().then(() => {
    if (status.textContent === 'Chargement…') {
      status.textContent = '';
    }
  });
})();
