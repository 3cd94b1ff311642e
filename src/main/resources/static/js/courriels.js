// The emails given up after days of attempts: the coordination sends them again in a click.
'use strict';

(() => {
  const status = document.getElementById('status');

  function resendCell(mail, row) {
    const td = document.createElement('td');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Renvoyer';
    button.setAttribute('aria-label', 'Renvoyer l\'e-mail « ' + mail.subject + ' » à ' + mail.recipient);
    button.addEventListener('click', async () => {
      try {
        await pcpeApi('/api/mails/' + mail.id + '/resend', { method: 'POST', body: '{}' });
        row.remove();
        status.textContent = 'L\'e-mail « ' + mail.subject + ' » à ' + mail.recipient + ' est renvoyé.';
      } catch (error) {
        status.textContent = error.message;
      }
    });
    td.appendChild(button);
    return td;
  }

  async function load() {
    try {
      const mails = await pcpeApi('/api/mails/undelivered');
      status.textContent = mails.length === 0 ? 'Tous les e-mails sont partis.'
        : mails.length + ' e-mail(s) non envoyé(s).';
      document.getElementById('rows').replaceChildren(...mails.map(mail => {
        const row = document.createElement('tr');
        row.append(pcpeCell(mail.recipient), pcpeCell(mail.subject), pcpeCell(mail.queuedAt), pcpeCell(mail.attempts),
          resendCell(mail, row));
        return row;
      }));
    } catch (error) {
      status.textContent = error.message;
    }
  }

  load();
})();
