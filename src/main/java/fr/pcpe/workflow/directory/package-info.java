/**
 * The services directory (issue 36): each partner structure keeps the page of its services (what, for whom, where,
 * how to refer, whom to contact) from its account or an emailed link; every member of the network searches it by
 * commune, audience and theme; a page left six months is reminded to its structure; the coordination exports it in
 * the data·inclusion schema. Themes and audiences are data·inclusion's vocabularies.
 */
package fr.pcpe.workflow.directory;
