// The employer's decision page: the link's token is in the fragment (never sent in a URL), and goes to
// the server in a header. Opening the page changes nothing; sending the form uses the link once.
'use strict';

(() => {
  let drawn;

  const show = (id, text) => {
    document.getElementById(id).textContent = text || '—';
  };

  const send = personalPage('/links/employer', (body) => {
    document.getElementById('title').textContent = body.taskName;
    show('candidate', body.candidateName);
    show('drive', `${body.driveReference} — ${body.jobTitle} (${body.employerName})`);
    show('structure', body.structureName);
    show('comment', body.structureComment);
    show('interview', body.interviewDate ? new Date(body.interviewDate).toLocaleDateString('fr-FR') : '');
    document.getElementById('context').hidden = false;
    drawn = CamundaForm.render(body.form, document.getElementById('fields'), body.formData);
  });

  document.getElementById('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = document.getElementById('send');
    button.disabled = true;
    await send(drawn.values()).catch(() => {
      document.getElementById('status').textContent = UNAVAILABLE;
    });
    button.disabled = false;
  });
})();
