/** The demonstration data of the embedded default (PCPE_DEMO), and the guard that keeps it off a real database. */
package fr.pcpe.workflow.demo;
