// What every staff page shares: a call to the app's API with the webapps' session, its answer or its
// French message as an error.
'use strict';

// eslint-disable-next-line no-unused-vars
async function pcpeApi(path, options) {
  const headers = Object.assign({ 'X-Requested-With': 'pcpe-page' },
    options && options.body ? { 'Content-Type': 'application/json' } : {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || 'Cette page ne vous est pas ouverte : connectez-vous à votre espace PCPE.');
  }
  return body;
}
