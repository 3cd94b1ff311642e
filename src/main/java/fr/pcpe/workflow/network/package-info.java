/**
 * The PCPE's network, run without demo data: coordinators register partner structures, invite their
 * referents and heads and the employers' contacts (who choose their password from a single-use link),
 * deactivate them, and see who is who.
 */
package fr.pcpe.workflow.network;
