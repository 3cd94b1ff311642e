/**
 * Links sent by email that act without an account: a random token of 256 bits, kept only as its
 * SHA-256, bound to one purpose and subject, expiring, used once (docs/adr/0007).
 */
package fr.pcpe.workflow.link;
