/**
 * Learning visits (issue 36): the coordination plans a visit (theme, host, day, places) from Tasklist, invites the
 * partner structures and outside guests by email, each replying from a personal link; the invitees who come are
 * reminded before the day, and the coordination records who came and what they took away; the impact figures count
 * visits and participants.
 */
package fr.pcpe.workflow.visit;
