// What every page opened from a personal link shares: the token is in the address's fragment (never sent
// to a server by the browser) and goes to the API in a header.
'use strict';

// another link opened in this tab changes only the fragment: show and act on that one
window.addEventListener('hashchange', () => location.reload());

// eslint-disable-next-line no-unused-vars
function personalLink(path) {
  const token = location.hash.slice(1);
  return async function call(method, body) {
    const response = await fetch(path, {
      method,
      headers: Object.assign({ 'X-Link-Token': token }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = await response.json().catch(() => ({}));
    // what to tell the person: an answer's message, or a refusal's detail (an RFC 9457 problem)
    return { ok: response.ok, status: response.status, body: answer, said: response.ok ? answer.message : answer.detail };
  };
}

const UNAVAILABLE = 'Le service ne répond pas. Réessayez dans un moment.';

// A page with one form (#form) answering a personal link: opened with the link's message when it cannot be used
// (then refused(), if given, offers a way on), else show(body) fills it. Returns send(answer): a refused answer's
// message goes in #error and the form stays; otherwise the form goes and #status says the last word. send
// resolves to whether the answer was taken.
// eslint-disable-next-line no-unused-vars
function personalPage(path, show, refused) {
  const status = document.getElementById('status');
  const form = document.getElementById('form');
  const error = document.getElementById('error');
  const call = personalLink(path);

  call('GET').then(({ ok, body, said }) => {
    if (!ok) {
      status.textContent = said || 'Ce lien ne peut pas être utilisé.';
      if (refused) {
        refused();
      }
      return;
    }
    show(body);
    status.textContent = '';
    form.hidden = false;
  }).catch(() => { status.textContent = UNAVAILABLE; });

  return async function send(answer) {
    error.textContent = '';
    const { ok, status: code, said } = await call('POST', answer);
    if (code === 400) {
      error.textContent = said;
      return false;
    }
    form.hidden = true;
    status.textContent = said || UNAVAILABLE;
    return ok;
  };
}
