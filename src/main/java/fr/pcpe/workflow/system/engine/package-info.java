/** The engine's configuration and the base of every form check ({@link fr.pcpe.workflow.system.engine.FormCheck}, docs/adr/0002). */
package fr.pcpe.workflow.system.engine;
