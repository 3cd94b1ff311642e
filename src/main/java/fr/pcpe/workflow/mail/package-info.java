/** Emails: queued in the outbox with the change that causes them, sent by a dispatcher, retried. */
package fr.pcpe.workflow.mail;
