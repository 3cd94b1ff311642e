// The candidate's one question ("has your referent contacted you?"): opening the page changes nothing, one
// click answers.
'use strict';

(() => {
  const send = personalPage('/links/candidate', (question) => {
    document.getElementById('firstName').textContent = question.firstName;
    document.getElementById('structureName').textContent = question.structureName;
  });

  document.getElementById('yes').addEventListener('click', () => send({ contacted: true }));
  document.getElementById('no').addEventListener('click', () => send({ contacted: false }));
})();
