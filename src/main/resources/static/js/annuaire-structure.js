// A structure's page in the directory, from the reminder's link: the token is in the fragment (never sent in a
// URL) and goes to the server in a header; saving uses the link once.
'use strict';

DirectoryForm.open('/links/directory', { 'X-Link-Token': location.hash.slice(1) }, 'POST');
