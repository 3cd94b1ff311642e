// Choosing one's password from the invitation's link.
'use strict';

(() => {
  const send = personalPage('/links/password', (invitation) => {
    document.getElementById('firstName').textContent = invitation.firstName;
    document.getElementById('login').textContent = invitation.login;
  }, () => { document.getElementById('next').hidden = false; }); // a used link's person logs in from here

  document.getElementById('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const password = document.getElementById('password').value;
    if (password !== document.getElementById('confirmation').value) {
      document.getElementById('error').textContent = 'Les deux mots de passe ne sont pas les mêmes.';
      return;
    }
    document.getElementById('next').hidden = !(await send({ password }));
  });
})();
