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
    return { ok: response.ok, status: response.status, body: await response.json().catch(() => ({})) };
  };
}
