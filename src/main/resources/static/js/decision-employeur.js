// The employer's decision page: the link's token is in the fragment (never sent in a URL), and goes to
// the server in a header. Opening the page changes nothing; sending the form uses the link once.
'use strict';

(() => {
  // another link opened in this tab changes only the fragment: show and act on that one
  window.addEventListener('hashchange', () => location.reload());
  const token = location.hash.slice(1);
  const status = document.getElementById('status');
  const form = document.getElementById('form');
  const error = document.getElementById('error');
  let drawn;

  const show = (id, text) => {
    const element = document.getElementById(id);
    element.textContent = text || '—';
  };

  async function answer(response) {
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, body };
  }

  async function load() {
    const { ok, body } = await answer(await fetch('/links/employer', { headers: { 'X-Link-Token': token } }));
    if (!ok) {
      status.textContent = body.message || 'Ce lien ne peut pas être utilisé.';
      return;
    }
    document.getElementById('title').textContent = body.taskName;
    show('candidate', body.candidateName);
    show('drive', `${body.driveReference} — ${body.jobTitle} (${body.employerName})`);
    show('structure', body.structureName);
    show('comment', body.structureComment);
    show('interview', body.interviewDate ? new Date(body.interviewDate).toLocaleDateString('fr-FR') : '');
    document.getElementById('context').hidden = false;
    drawn = CamundaForm.render(body.form, document.getElementById('fields'), body.formData);
    status.textContent = '';
    form.hidden = false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const send = document.getElementById('send');
    send.disabled = true;
    const { ok, status: code, body } = await answer(await fetch('/links/employer', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Link-Token': token },
      body: JSON.stringify(drawn.values()),
    }));
    send.disabled = false;
    if (ok) {
      form.hidden = true;
      status.textContent = body.message;
    } else if (code === 400) {
      error.textContent = body.message;
    } else {
      form.hidden = true;
      status.textContent = body.message;
    }
  });

  load().catch(() => { status.textContent = 'Le service ne répond pas. Réessayez dans un moment.'; });
})();
